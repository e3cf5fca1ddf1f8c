/**
 * Text width estimation without a DOM, so layout runs the same at build time (Node),
 * in a Web Worker and in tests. Widths are Arial/Helvetica advance widths (1/1000 em);
 * real UI fonts (system-ui, Segoe UI, Roboto, SF) are about as wide or narrower, and
 * SAFETY_FACTOR covers the rest, so drawn text should never overflow the box we size.
 */

/** Extra room on every estimate: better a slightly wide box than clipped text. */
const SAFETY_FACTOR = 1.1;

export type FontWeight = 'normal' | 'bold';
/** Arial Bold is 5–10% wider than regular in ordinary Dutch text (more only for runs of i, l, t). */
const BOLD_FACTOR = 1.12;

/** Characters with the same width, grouped so the table stays readable. */
const WIDTH_GROUPS: ReadonlyArray<readonly [number, string]> = [
  [191, "'"],
  [222, 'ijl‘’'],
  [260, '|'],
  [278, ' !,./:;[\\]ftI'],
  [333, '()-`r“”'],
  [334, '{}'],
  [355, '"'],
  [389, '*'],
  [469, '^'],
  [500, 'cksvxyzJ'],
  [556, '0123456789#$?_abdeghnopqu€£–L'],
  [584, '+<=>~'],
  [611, 'FTZ'],
  [667, '&ABEKPSVXY'],
  [722, 'CDHNRUw'],
  [778, 'GOQ'],
  [833, 'mM'],
  [889, '%'],
  [944, 'W'],
  [1000, '—…'],
  [1015, '@'],
];

const CHAR_WIDTHS: ReadonlyMap<string, number> = new Map(
  WIDTH_GROUPS.flatMap(([width, chars]) => [...chars].map((char) => [char, width] as const)),
);

/** Unknown Latin-ish characters: as wide as a wide lowercase letter. */
const FALLBACK_WIDTH = 611;
/** Characters outside the Latin range (CJK, emoji…) are usually square or wider. */
const WIDE_FALLBACK_WIDTH = 1000;

function charWidth(char: string): number {
  const known = CHAR_WIDTHS.get(char);
  if (known !== undefined) return known;
  // Dutch text is full of accents (ë, é, ö, ï): measure them as their base letter.
  const base = char.normalize('NFD').replace(/\p{M}/gu, '');
  const baseWidth = base.length === 1 ? CHAR_WIDTHS.get(base) : undefined;
  if (baseWidth !== undefined) return baseWidth;
  const codePoint = char.codePointAt(0) ?? 0;
  return codePoint > 0x2fff ? WIDE_FALLBACK_WIDTH : FALLBACK_WIDTH;
}

/** Estimated rendered width in px of `text` at `fontSize` px (single line, no wrapping). */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
  let units = 0;
  for (const char of text) units += charWidth(char);
  return (units / 1000) * fontSize * SAFETY_FACTOR * (weight === 'bold' ? BOLD_FACTOR : 1);
}
