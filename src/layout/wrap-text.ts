/**
 * Word wrapping against estimated text widths (see char-widths.ts), so a wrapped line
 * fits the width it was wrapped to when drawn.
 */
import { type FontWeight, textWidth } from './char-widths.ts';

const ELLIPSIS = '…';

/**
 * Splits a word that is wider than a line: after a hyphen or slash if possible, else anywhere.
 * Stops after `maxPieces`: a draft's label may be any length, and only a few lines are drawn.
 */
function breakLongWord(
  word: string,
  maxWidth: number,
  fontSize: number,
  weight: FontWeight,
  maxPieces: number,
): string[] {
  const pieces: string[] = [];
  let rest = [...word];
  while (rest.length > 0 && pieces.length < maxPieces) {
    let fits = 1; // at least one character per line, or a too-narrow width would loop forever
    while (
      fits < rest.length &&
      textWidth(rest.slice(0, fits + 1).join(''), fontSize, weight) <= maxWidth
    )
      fits++;
    if (fits < rest.length) {
      const natural = Math.max(rest.lastIndexOf('-', fits - 1), rest.lastIndexOf('/', fits - 1));
      if (natural > 0) fits = natural + 1;
    }
    pieces.push(rest.slice(0, fits).join(''));
    rest = rest.slice(fits);
  }
  return pieces;
}

/**
 * Greedy word wrap on spaces; words wider than `maxWidth` are broken hard. With `maxLines`,
 * wrapping stops once there is a line more than that (enough for limitLines to cut): the
 * work then stays bounded however long the text is, and the lines kept are the same.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  weight: FontWeight = 'normal',
  maxLines = Infinity,
): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (textWidth(candidate, fontSize, weight) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    const pieces =
      textWidth(word, fontSize, weight) <= maxWidth
        ? [word]
        : breakLongWord(word, maxWidth, fontSize, weight, maxLines + 1);
    lines.push(...pieces.slice(0, -1));
    current = pieces.at(-1) ?? '';
    if (lines.length > maxLines) return lines;
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** Keeps at most `maxLines`; if text was cut, the last kept line ends in an ellipsis. */
export function limitLines(
  lines: string[],
  maxLines: number,
  maxWidth: number,
  fontSize: number,
  weight: FontWeight = 'normal',
): string[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = [...(kept[maxLines - 1] ?? '')];
  while (last.length > 0 && textWidth(last.join('') + ELLIPSIS, fontSize, weight) > maxWidth)
    last = last.slice(0, -1);
  kept[maxLines - 1] = last.join('').trimEnd() + ELLIPSIS;
  return kept;
}
