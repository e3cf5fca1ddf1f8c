/**
 * A scan as a file: pretty-printed JSON with the `$schema` line first and the answers in the
 * order of the elements, so the same scan always gives the same bytes.
 */
import { slugify } from '../editor/new-ids.ts';
import { fieldNamesOf } from '../schema-fields.ts';
import { ELEMENT_IDS } from './samenwerken-ids.ts';
import { type Scan, SCAN_SCHEMA_PATH, SCAN_TYPE, answerSchema, scanSchema } from './scan-schema.ts';
import type { WorkFormat } from './work-file.ts';
import { createWorkStore } from './work-store.ts';

export const SCAN_FORMAT: WorkFormat<Scan> = {
  schema: scanSchema,
  type: SCAN_TYPE,
  noun: 'een zelfscan',
  fieldNames: fieldNamesOf(scanSchema, answerSchema, {
    shape: Object.fromEntries(ELEMENT_IDS.map((id) => [id, 1])),
  }),
};

export function canonicalScan(scan: Scan): Scan {
  const answers = Object.fromEntries(
    ELEMENT_IDS.flatMap((id) => {
      const answer = scan.answers[id];
      return answer ? [[id, { score: answer.score, note: answer.note }]] : [];
    }),
  );
  return {
    $schema: SCAN_SCHEMA_PATH,
    type: scan.type,
    version: scan.version,
    partnership: scan.partnership,
    respondent: scan.respondent,
    date: scan.date,
    answers,
  };
}

export function scanFileText(scan: Scan): string {
  return JSON.stringify(canonicalScan(scan), null, 2) + '\n';
}

/** "zelfscan-de-linde-met-wijkteam-noord-intern-begeleider.json" */
export function scanFileName(scan: Scan): string {
  const words = [scan.partnership, scan.respondent ?? ''].join(' ');
  const slug = slugify(words, '');
  return `zelfscan${slug ? `-${slug}` : ''}.json`;
}

/** Scans in this browser: several, one per person or per partnership. */
export const SCAN_STORE = createWorkStore('routekaart:zelfscan:', SCAN_FORMAT, 'je zelfscan');
export const SCAN_SHARE_PARAMETER = 'scans';

/** Several scans as one file (the combined view's download): a JSON list of scan files. */
export function scansFileText(scans: readonly Scan[]): string {
  return JSON.stringify(scans.map(canonicalScan), null, 2) + '\n';
}
