/** Small scans for tests: answers given as element → score (and optional note). */
import type { ElementId, Score } from '../../../src/core/samenwerken/samenwerken-ids.ts';
import type { Scan } from '../../../src/core/samenwerken/scan-schema.ts';

export function makeScan(
  answers: Partial<Record<ElementId, Score | [Score, string]>> = {},
  details: Partial<Pick<Scan, 'partnership' | 'respondent' | 'date'>> = {},
): Scan {
  return {
    type: 'zelfscan',
    version: 1,
    partnership: 'De Linde met wijkteam Noord',
    date: '2026-11-27',
    ...details,
    answers: Object.fromEntries(
      Object.entries(answers).map(([id, value]) =>
        Array.isArray(value) ? [id, { score: value[0], note: value[1] }] : [id, { score: value }],
      ),
    ),
  };
}
