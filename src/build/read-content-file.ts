/** A content file's text, checked for its encoding (text-encoding.ts). Node only. */
import { readFileSync } from 'node:fs';
import { error } from '../core/problem.ts';
import { type DecodedText, decodeTextFile } from '../core/text-encoding.ts';

export function readContentFile(path: string): DecodedText {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return { ok: false, problem: error('', 'bestand niet gevonden of niet leesbaar') };
  }
  return decodeTextFile(bytes);
}
