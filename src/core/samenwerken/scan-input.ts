/**
 * What a team leader pastes or uploads to combine answers: a scan file, a file with several
 * scans (a JSON list, as the combined view exports), or a share link. Everything or nothing:
 * one bad scan in a list rejects the list, with every problem named.
 */
import { parseJson } from '../parse-json.ts';
import { type Problem, error } from '../problem.ts';
import { SCAN_FORMAT, SCAN_SHARE_PARAMETER } from './scan-file.ts';
import type { Scan } from './scan-schema.ts';
import { readWorkJson } from './work-file.ts';
import { decodeWorkData, fragmentData } from './work-share.ts';

export type ScansInput =
  { ok: true; scans: Scan[] } | { ok: false; problems: Problem[]; file?: unknown };

export async function readScansInput(text: string): Promise<ScansInput> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problems: [error('', 'het bestand is leeg')] };
  if (!/^[[{]/.test(trimmed)) {
    const data = fragmentData(trimmed, SCAN_SHARE_PARAMETER);
    if (data === null)
      return {
        ok: false,
        problems: [
          error('', 'dit is geen zelfscan en geen deellink van een zelfscan (die bevat "#scans=")'),
        ],
      };
    const decoded = await decodeWorkData(data, SCAN_FORMAT);
    return decoded.ok
      ? { ok: true, scans: decoded.values }
      : { ok: false, problems: [error('', decoded.message)] };
  }
  const json = parseJson(trimmed);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const items = Array.isArray(json.value) ? json.value : [json.value];
  if (items.length === 0) return { ok: false, problems: [error('', 'de lijst is leeg')] };
  const scans: Scan[] = [];
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const read = readWorkJson(item, SCAN_FORMAT);
    if (read.ok) scans.push(read.value);
    else
      problems.push(
        ...read.problems.map((problem) =>
          Array.isArray(json.value) ? { ...problem, path: `/${index}${problem.path}` } : problem,
        ),
      );
  });
  return problems.length > 0 ? { ok: false, problems, file: json.value } : { ok: true, scans };
}
