/** Every change to a scan, as data: the scan page has this one write path (see historyReducer in editor/history.ts). */
import { applyPatch, type Patch } from '../editor/patch.ts';
import { assertNever } from '../route/route-urls.ts';
import type { ElementId, Score } from './samenwerken-ids.ts';
import type { Answer, Scan } from './scan-schema.ts';

export type ScanDetails = Pick<Scan, 'partnership' | 'respondent' | 'date'>;

export type ScanEdit =
  | { type: 'setScore'; element: ElementId; score: Score | null }
  | { type: 'setNote'; element: ElementId; note: string }
  | { type: 'updateDetails'; patch: Patch<ScanDetails> }
  /** Import: the whole scan at once, still one undoable step. */
  | { type: 'replaceScan'; scan: Scan };

export function applyScanEdit(scan: Scan, edit: ScanEdit): Scan {
  switch (edit.type) {
    case 'setScore':
      return withAnswer(scan, edit.element, { score: edit.score ?? undefined });
    case 'setNote':
      return withAnswer(scan, edit.element, { note: edit.note === '' ? undefined : edit.note });
    case 'updateDetails':
      return applyPatch<Scan>(scan, edit.patch);
    case 'replaceScan':
      return edit.scan;
    default:
      return assertNever(edit);
  }
}

/** An answer without score and note is no answer: the key goes (the format has no empty values). */
function withAnswer(scan: Scan, element: ElementId, patch: Patch<Answer>): Scan {
  const answer = applyPatch(scan.answers[element] ?? {}, patch);
  const answers = { ...scan.answers, [element]: answer };
  if (answer.score === undefined && answer.note === undefined) delete answers[element];
  return { ...scan, answers };
}
