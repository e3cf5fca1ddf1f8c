/** Words for scans on the pages: titles, places of problems, counts. */
import type { Element } from '../../../core/samenwerken/content-schema.ts';
import { answeredCount } from '../../../core/samenwerken/combine-scans.ts';
import { ELEMENT_IDS } from '../../../core/samenwerken/samenwerken-ids.ts';
import type { Scan } from '../../../core/samenwerken/scan-schema.ts';

export type ElementTexts = Pick<Element, 'id' | 'title' | 'summary' | 'questions'>;

export function scanTitle(scan: Scan): string {
  const what = scan.partnership.trim() || '(samenwerking nog niet ingevuld)';
  return scan.respondent ? `${what} (${scan.respondent})` : what;
}

export function progressText(scan: Scan): string {
  return `${answeredCount(scan)} van ${ELEMENT_IDS.length} beantwoord`;
}

const FIELDS: Record<string, string> = {
  partnership: 'Samenwerking',
  respondent: 'Ingevuld door',
  date: 'Datum',
  type: 'Soort bestand',
  version: 'Versie',
  answers: 'Antwoorden',
  score: 'oordeel',
  note: 'toelichting',
};

/** '/0/answers/effecten/score' → 'Scan 1 › Zicht op effecten › oordeel'. */
export function scanProblemPlace(elements: readonly ElementTexts[]) {
  return (pointer: string): string => {
    const parts = pointer.split('/').slice(1);
    const words: string[] = [];
    if (/^\d+$/.test(parts[0] ?? '')) words.push(`Scan ${Number(parts.shift()) + 1}`);
    for (const part of parts) {
      const element = elements.find((item) => item.id === part);
      words.push(element ? element.title : (FIELDS[part] ?? part));
    }
    return words.join(' › ') || 'Het bestand';
  };
}
