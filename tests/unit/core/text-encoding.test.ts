import { describe, expect, it } from 'vitest';
import { decodeTextFile } from '../../../src/core/text-encoding.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** How Notepad's "ANSI" stores text: one byte per character (Windows-1252). */
const windows1252 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
/** How Notepad's "Unicode" stores text: UTF-16 little-endian with a byte order mark. */
function utf16le(text: string, bom = true): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set([0xff, 0xfe]);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    bytes[(bom ? 2 : 0) + index * 2] = code & 0xff;
    bytes[(bom ? 2 : 0) + index * 2 + 1] = code >> 8;
  }
  return bytes;
}

describe('decodeTextFile', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decodeTextFile(utf8('{"label": "Zorgcoördinator"}'))).toEqual({
      ok: true,
      text: '{"label": "Zorgcoördinator"}',
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"a": "ö"}')]);
    expect(decodeTextFile(withBom)).toEqual({ ok: true, text: '{"a": "ö"}' });
  });

  it('refuses Windows-1252 ("ANSI") instead of turning ö into �, naming line and character', () => {
    const decoded = decodeTextFile(windows1252('{\n  "label": "Zorgcoördinator"\n}'));
    expect(decoded).toMatchObject({ ok: false, problem: { line: 2, column: 19 } });
    expect(!decoded.ok && decoded.problem.message).toMatch(/niet opgeslagen als UTF-8/);
    expect(!decoded.ok && decoded.problem.message).toMatch(/"ö"/);
    expect(!decoded.ok && decoded.problem.message).toMatch(/ANSI/);
    expect(!decoded.ok && decoded.problem.message).toMatch(/Opslaan als/);
  });

  it('names €, curly quotes and dashes as Windows-1252 has them, in Node as in a browser', () => {
    const bytes = (byte: number) => Uint8Array.from([...utf8('{"a": "'), byte, ...utf8('"}')]);
    const message = (byte: number) => {
      const decoded = decodeTextFile(bytes(byte));
      return decoded.ok ? '' : decoded.problem.message;
    };
    expect(message(0x80)).toMatch(/waarschijnlijk "€" moet zijn/);
    expect(message(0x93)).toMatch(/waarschijnlijk "“" moet zijn/);
    expect(message(0x96)).toMatch(/waarschijnlijk "–" moet zijn/);
    // 0x81 stands for no character: the message makes no guess instead of naming an invisible one.
    expect(message(0x81)).toMatch(/hier staat een teken, opgeslagen als Windows-1252/);
  });

  it('refuses UTF-16 ("Unicode" in Notepad), with or without a byte order mark', () => {
    for (const bytes of [utf16le('{"version": 1}'), utf16le('{"version": 1}', false)]) {
      const decoded = decodeTextFile(bytes);
      expect(decoded.ok).toBe(false);
      expect(!decoded.ok && decoded.problem.message).toMatch(/UTF-16 \("Unicode"/);
      expect(!decoded.ok && decoded.problem.message).toMatch(/UTF-8/);
    }
  });

  it('says that an empty or whitespace-only file is empty', () => {
    for (const bytes of [
      new Uint8Array(),
      utf8('  \n\t\r\n'),
      new Uint8Array([0xef, 0xbb, 0xbf]),
    ]) {
      expect(decodeTextFile(bytes)).toEqual({
        ok: false,
        problem: { path: '', message: 'het bestand is leeg', severity: 'error' },
      });
    }
  });

  it('refuses a file that is not text at all', () => {
    const decoded = decodeTextFile(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    expect(!decoded.ok && decoded.problem.message).toMatch(/geen tekstbestand/);
  });
});
