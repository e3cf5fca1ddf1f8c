/**
 * Deterministic synthetic glossary entries shaped like real ones: a Dutch-looking
 * compound label, an abbreviation, alternative and misspelt labels, a definition.
 */
import type { GlossaryEntry } from '../src/core/glossary/glossary-schema.ts';
import { CONTEXTS } from '../src/core/route/route-schema.ts';

const HEADS = [
  'zorg',
  'leer',
  'jeugd',
  'school',
  'onder',
  'wijk',
  'ouder',
  'gezin',
  'regie',
  'hulp',
];
const TAILS = [
  'coördinator',
  'team',
  'plan',
  'overleg',
  'arrangement',
  'begeleider',
  'consulent',
  'verklaring',
  'profiel',
  'traject',
];
const SYLLABLES = [
  'ka',
  'mo',
  'ri',
  'ste',
  'van',
  'del',
  'bo',
  'ne',
  'lu',
  'ter',
  'gra',
  'pi',
  'so',
  'wen',
  'dor',
];
const WORDS = [
  'leerling',
  'ouders',
  'school',
  'overleg',
  'hulp',
  'gemeente',
  'afspraken',
  'ondersteuning',
  'behandeling',
  'verwijzing',
  'toestemming',
  'zorg',
  'jeugdarts',
  'klas',
  'plan',
  'doelen',
  'team',
  'samen',
  'advies',
  'gesprek',
];

/** A small seeded generator, so every run benchmarks the same glossary. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticGlossary(count: number, seed = 7): GlossaryEntry[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const word = `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}`;
    const label = `${word}${pick(HEADS)}${pick(TAILS)}`;
    const abbr = `${word.slice(0, 2)}${label.slice(-1)}`.toUpperCase() + (index % 100);
    return {
      id: `synthetisch-${index}`,
      term: `synthetisch-${index}`,
      prefLabel: label,
      abbreviations: [{ abbr, expansion: label }],
      altLabels: [`${pick(HEADS)} ${word}`],
      hiddenLabels: [label.replace(/(.)\1|oö|ö/, 'o')],
      context: pick(CONTEXTS),
      definition: Array.from({ length: 35 }, () => pick(WORDS)).join(' ') + '.',
      uitleg: 'Uitleg.',
      sources: [{ title: 'Bron', url: 'https://www.example.org' }],
      lastReviewed: '2026-11-01',
    };
  });
}
