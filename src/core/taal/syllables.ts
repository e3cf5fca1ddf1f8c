/**
 * Syllables of a Dutch word, for Flesch–Douma. The hyphenation patterns (hyphen/nl, the TeX
 * patterns) split a word where Dutch splits syllables, but never leave a single letter at a
 * word's edge ("idee", "eten"): within each part, vowel groups are counted as well.
 */
import hyphen from 'hyphen/nl';

const BREAK = '|';
/** A run of vowels is one syllable ("ee", "ui", "eeu"); a diaeresis starts a new one ("reünie"). */
const VOWEL_GROUP = /[äëïöü][aeiouyáéíóúàèâêîôû]*|[aeiouyáéíóúàèâêîôû]+/giu;

export function hyphenationParts(word: string): string[] {
  return hyphen
    .hyphenateSync(word, { hyphenChar: BREAK, minWordLength: 1 })
    .split(BREAK)
    .filter(Boolean);
}

function vowelGroups(part: string): number {
  return part.match(VOWEL_GROUP)?.length ?? 0;
}

/** At least 1 per word: "112" and "GGZ" are read aloud, too. */
export function countSyllables(word: string): number {
  const parts = hyphenationParts(word.toLowerCase());
  const total = parts.reduce((sum, part) => sum + Math.max(1, vowelGroups(part)), 0);
  return Math.max(1, total);
}
