/**
 * Several people's answers for one partnership, per element: how many chose each score, the
 * notes, and whether the team disagrees. "Disagrees" means one says it goes well where another
 * says it can be better: that is where a conversation is most useful.
 */
import { ELEMENT_IDS, type ElementId, SCORES, type Score } from './samenwerken-ids.ts';
import type { Scan } from './scan-schema.ts';

export const VERDICTS = [
  'sterk',
  'verbeterpunt',
  'verdeeld',
  'onbekend',
  'niet-van-toepassing',
  'open',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface ElementNote {
  /** The respondent's function, or "Deelnemer 2" when the scan names none. */
  by: string;
  note: string;
}

export interface ElementTally {
  element: ElementId;
  counts: Record<Score, number>;
  /** Scans without a score for this element. */
  unanswered: number;
  notes: ElementNote[];
  disagreement: boolean;
  verdict: Verdict;
}

export interface CombinedScan {
  scans: number;
  /** The partnerships named, without repeats: more than one means different partnerships were mixed. */
  partnerships: string[];
  respondents: string[];
  elements: ElementTally[];
}

export function respondentName(scan: Scan, index: number): string {
  return scan.respondent?.trim() || `Deelnemer ${index + 1}`;
}

export function combineScans(scans: readonly Scan[]): CombinedScan {
  const names = scans.map(respondentName);
  return {
    scans: scans.length,
    partnerships: [...new Set(scans.map((scan) => scan.partnership.trim()).filter(Boolean))],
    respondents: names,
    elements: ELEMENT_IDS.map((element) => tally(scans, names, element)),
  };
}

function tally(scans: readonly Scan[], names: readonly string[], element: ElementId): ElementTally {
  const counts = Object.fromEntries(SCORES.map((score) => [score, 0])) as Record<Score, number>;
  const notes: ElementNote[] = [];
  let unanswered = 0;
  scans.forEach((scan, index) => {
    const answer = scan.answers[element];
    if (answer?.score) counts[answer.score]++;
    else unanswered++;
    if (answer?.note) notes.push({ by: names[index] ?? '', note: answer.note });
  });
  const disagreement = counts['gaat-goed'] > 0 && counts['kan-beter'] > 0;
  return {
    element,
    counts,
    unanswered,
    notes,
    disagreement,
    verdict: verdictOf(counts, disagreement),
  };
}

function verdictOf(counts: Record<Score, number>, disagreement: boolean): Verdict {
  if (disagreement) return 'verdeeld';
  if (counts['kan-beter'] > 0) return 'verbeterpunt';
  if (counts['gaat-goed'] > 0) return 'sterk';
  if (counts['weten-we-niet'] > 0) return 'onbekend';
  if (counts['niet-van-toepassing'] > 0) return 'niet-van-toepassing';
  return 'open';
}

/**
 * The elements a plan could start from: every element someone marked "kan beter", the ones
 * most people marked first, then in the order of the elements.
 */
export function improvementElements(combined: CombinedScan): ElementTally[] {
  return combined.elements
    .filter((item) => item.counts['kan-beter'] > 0)
    .sort(
      (a, b) =>
        b.counts['kan-beter'] - a.counts['kan-beter'] ||
        ELEMENT_IDS.indexOf(a.element) - ELEMENT_IDS.indexOf(b.element),
    );
}

export function answeredCount(scan: Scan): number {
  return ELEMENT_IDS.filter((id) => scan.answers[id]?.score).length;
}
