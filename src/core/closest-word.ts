/** The known word nearest to a typo (edit distance ≤ 2), to suggest a fix. */
const MAX_DISTANCE = 2;

export function closestWord(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = MAX_DISTANCE + 1;
  const typed = word.toLowerCase();
  for (const candidate of known) {
    // Lengths further apart than the largest distance cannot be close: skipping them keeps a
    // hostile key of a million characters from costing a million steps per known word.
    if (Math.abs(candidate.length - typed.length) > MAX_DISTANCE) continue;
    const distance = editDistance(typed, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
