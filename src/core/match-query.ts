/** Case- and accent-insensitive "every word appears somewhere" matching. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function matchesQuery(query: string, fields: readonly string[]): boolean {
  const haystack = normalize(fields.join(' '));
  return normalize(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
