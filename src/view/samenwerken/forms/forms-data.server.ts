/** The forms of cooperation as the /samenwerken page shows them: practices grouped by school type. */
import type { FormsFile, Practice } from '../../../core/samenwerken/content-schema.ts';
import {
  PRACTICE_SECTORS,
  type PracticeSector,
} from '../../../core/samenwerken/samenwerken-ids.ts';
import { type ResolvedLink, resolveRouteLink, resolveTerms } from '../samenwerken-data.server.ts';

export interface PracticeView {
  id: string;
  title: string;
  text: string;
  forRoute: string;
  links: ResolvedLink[];
  terms: ResolvedLink[];
}

export interface PracticeGroup {
  /** null: found in every school type. */
  sector: PracticeSector | null;
  practices: PracticeView[];
}

export interface FormView {
  id: string;
  title: string;
  summary: string;
  forRoute: string;
  /** One group without a sector when no practice names one; else per school type. */
  groups: PracticeGroup[];
}

export function formViews(file: FormsFile): FormView[] {
  return file.forms.map((form) => {
    const sectors = [...PRACTICE_SECTORS, null] as const;
    const groups = sectors
      .map((sector) => ({
        sector,
        practices: form.practices
          .filter((practice) => (practice.sector ?? null) === sector)
          .map(practiceView),
      }))
      .filter((group) => group.practices.length > 0);
    return {
      id: form.id,
      title: form.title,
      summary: form.summary,
      forRoute: form.forRoute,
      groups,
    };
  });
}

function practiceView(practice: Practice): PracticeView {
  return {
    id: practice.id,
    title: practice.title,
    text: practice.text,
    forRoute: practice.forRoute,
    links: (practice.links ?? []).flatMap((link) => resolveRouteLink(link) ?? []),
    terms: resolveTerms(practice.terms ?? []),
  };
}
