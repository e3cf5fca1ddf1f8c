/** Identifiers for new nodes and groups, derived from what the user typed. */
import { ID_PATTERN } from '../schema-fields.ts';

const MAX_ID_LENGTH = 64;

/** "Intern begeleider (IB)" → "intern-begeleider-ib"; "Zorgcoördinator" → "zorgcoordinator". */
export function slugify(text: string, fallback = 'stap'): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, '');
  return ID_PATTERN.test(slug) ? slug : fallback;
}

/** `base`, or `base-2`, `base-3`, … : the first that is not taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let counter = 2; ; counter++) {
    const suffix = `-${counter}`;
    const candidate = base.slice(0, MAX_ID_LENGTH - suffix.length).replace(/-+$/, '') + suffix;
    if (!used.has(candidate)) return candidate;
  }
}
