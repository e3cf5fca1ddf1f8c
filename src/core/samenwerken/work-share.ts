/**
 * Share links for scans and plans: the value itself, compressed in the URL fragment
 * (compressed-text.ts), so it never reaches a server. One link can hold several scans,
 * to show a team's combined answers.
 */
import { compressToBase64url, decompressBase64url } from '../compressed-text.ts';
import { type WorkFormat, bare, readWorkJson, workProblemReason } from './work-file.ts';

export type DecodedWork<T> = { ok: true; values: T[] } | { ok: false; message: string };

export async function encodeWorkFragment<T>(
  parameter: string,
  values: readonly T[],
): Promise<string> {
  const json = JSON.stringify(values.length === 1 ? values[0] : values);
  return `${parameter}=${await compressToBase64url(json)}`;
}

/** The data of `parameter` in a fragment or a whole link, or null when it has none. */
export function fragmentData(link: string, parameter: string): string | null {
  const hash = link.includes('#') ? link.slice(link.indexOf('#') + 1) : link;
  return new URLSearchParams(hash).get(parameter);
}

export async function decodeWorkData<T>(
  data: string,
  format: WorkFormat<T>,
): Promise<DecodedWork<T>> {
  const inflated = await decompressBase64url(data);
  if (!inflated.ok)
    return {
      ok: false,
      message: {
        characters: 'De deellink is beschadigd: hij bevat tekens die er niet in horen.',
        damaged: 'De deellink is onvolledig of beschadigd. Vraag om een nieuwe link.',
        'too-large': 'De deellink is te groot om te openen. Vraag om het bestand.',
      }[inflated.reason],
    };
  let json: unknown;
  try {
    json = JSON.parse(inflated.text);
  } catch {
    return { ok: false, message: `De deellink bevat geen leesbare ${bare(format.noun)}.` };
  }
  const values: T[] = [];
  for (const item of Array.isArray(json) ? json : [json]) {
    const read = readWorkJson(item, format);
    if (!read.ok)
      return {
        ok: false,
        message: `De deellink bevat ${workProblemReason(read.problems, format)}.`,
      };
    values.push(read.value);
  }
  if (values.length === 0)
    return { ok: false, message: `De deellink bevat geen ${bare(format.noun)}.` };
  return { ok: true, values };
}
