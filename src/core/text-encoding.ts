/**
 * Reading a content file's bytes as text. Files are UTF-8 (a byte order mark is allowed).
 * Decoding anything else as UTF-8 silently turns "ö" into "�", so other encodings are
 * refused with a message that names the encoding and says how to save the file as UTF-8:
 * Windows-1252 (Notepad's "ANSI") and UTF-16 (Notepad's "Unicode") are what schools meet.
 */
import { type Problem, error } from './problem.ts';

export type DecodedText = { ok: true; text: string } | { ok: false; problem: Problem };

const SAVE_AS_UTF8 =
  'Sla het bestand opnieuw op als UTF-8: in Kladblok met Bestand › Opslaan als › Codering: UTF-8, ' +
  'in Visual Studio Code met de codering rechtsonder › Opslaan met codering › UTF-8.';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

export function decodeTextFile(input: Uint8Array): DecodedText {
  const hasBom = startsWith(input, [0xef, 0xbb, 0xbf]);
  const bytes = hasBom ? input.subarray(3) : input;
  if (!hasBom && looksLikeUtf16(bytes))
    return refuse(
      `het bestand is opgeslagen als UTF-16 ("Unicode" in Kladblok), niet als UTF-8. ${SAVE_AS_UTF8}`,
    );
  if (bytes.includes(0))
    return refuse('dit is geen tekstbestand: een routebestand is platte tekst (JSON).');
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt !== null) return refuseLegacy(bytes, invalidAt);
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '') return refuse('het bestand is leeg');
  return { ok: true, text };
}

function refuse(message: string): DecodedText {
  return { ok: false, problem: error('', message) };
}

/** A byte order mark, or zero bytes in every other place: JSON in UTF-16 starts with ASCII. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, 400);
  if (sample.length < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] !== 0) continue;
    if (index % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  return evenZeros > half * 0.6 || oddZeros > half * 0.6;
}

/** The offset of the first byte that breaks UTF-8, or null for valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number | null {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return null;
  } catch {
    // Invalid somewhere: find where, to name the line.
  }
  for (let index = 0; index < bytes.length;) {
    const length = sequenceLength(bytes[index]!);
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next++)
      if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
    index += length;
  }
  // Only an overlong form or a surrogate is left: rare enough to point at the start.
  return 0;
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Not UTF-8: name the place, and the character the byte stands for in Windows-1252. */
function refuseLegacy(bytes: Uint8Array, offset: number): DecodedText {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  const column = before.length - lineStart + 1;
  const char = windows1252Char(bytes[offset] ?? 0);
  const guess = char ? `een teken dat waarschijnlijk "${char}" moet zijn` : 'een teken';
  const message =
    `het bestand is niet opgeslagen als UTF-8: hier staat ${guess}, opgeslagen als ` +
    `Windows-1252 ("ANSI" in Kladblok). ${SAVE_AS_UTF8}`;
  return { ok: false, problem: { ...error('', message), line, column } };
}

/**
 * Bytes 0x80–0x9F in Windows-1252: €, curly quotes, dashes. Node's TextDecoder reads
 * "windows-1252" as Latin-1 and gives invisible control characters for them, so the build
 * would name an invisible character; browsers and this table agree.
 */
// A space marks a byte that stands for no character.
const WINDOWS_1252_80_9F = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';

/** The character a byte stands for in Windows-1252, or '' when it stands for none. */
export function windows1252Char(byte: number): string {
  if (byte >= 0x80 && byte <= 0x9f) return WINDOWS_1252_80_9F[byte - 0x80]?.trim() ?? '';
  return byte >= 0xa0 && byte <= 0xff ? String.fromCharCode(byte) : '';
}
