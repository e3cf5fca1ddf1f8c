/**
 * Validates the three samenwerken files from their texts: shape first, then the rules
 * across files. Every problem is kept, and content with any error is not returned at all,
 * like the routes and the social map: a broken file never produces a half-built page.
 */
import type { z } from 'zod';
import { parseJson } from '../parse-json.ts';
import { type Problem, hasErrors } from '../problem.ts';
import { issuesToProblems } from '../schema-issues.ts';
import {
  type SamenwerkenContent,
  SAMENWERKEN_FIELD_NAMES,
  elementsFileSchema,
  formsFileSchema,
  planPartsFileSchema,
} from './content-schema.ts';
import { AREA_IDS, ELEMENT_IDS, FORM_IDS, LEVEL_IDS } from './samenwerken-ids.ts';
import { type SamenwerkenRefs, checkCompleteList, checkForms } from './samenwerken-rules.ts';

export interface ContentText {
  file: string;
  text: string;
}

export interface SamenwerkenSource {
  elements: ContentText;
  forms: ContentText;
  plan: ContentText;
}

export interface SamenwerkenValidation {
  content: SamenwerkenContent | null;
  reports: { file: string; problems: Problem[] }[];
}

export function validateSamenwerken(
  source: SamenwerkenSource,
  refs: SamenwerkenRefs,
): SamenwerkenValidation {
  const elements = parseFile(source.elements, elementsFileSchema);
  const forms = parseFile(source.forms, formsFileSchema);
  const plan = parseFile(source.plan, planPartsFileSchema);
  if (elements.value)
    elements.problems.push(
      ...checkCompleteList(elements.value.elements, ELEMENT_IDS, '/elements', 'element'),
    );
  if (forms.value)
    forms.problems.push(
      ...checkCompleteList(forms.value.forms, FORM_IDS, '/forms', 'vorm'),
      ...checkForms(forms.value, refs),
    );
  if (plan.value)
    plan.problems.push(
      ...checkCompleteList(plan.value.areas, AREA_IDS, '/areas', 'aandachtsgebied'),
      ...checkCompleteList(plan.value.levels, LEVEL_IDS, '/levels', 'niveau'),
    );
  const reports = [
    { file: source.elements.file, problems: elements.problems },
    { file: source.forms.file, problems: forms.problems },
    { file: source.plan.file, problems: plan.problems },
  ].filter((report) => report.problems.length > 0);
  const failed = reports.some((report) => hasErrors(report.problems));
  return {
    content:
      failed || !elements.value || !forms.value || !plan.value
        ? null
        : { elements: elements.value, forms: forms.value, plan: plan.value },
    reports,
  };
}

function parseFile<T>(
  source: ContentText,
  schema: z.ZodType<T>,
): { value: T | null; problems: Problem[] } {
  const json = parseJson(source.text);
  if (!json.ok) return { value: null, problems: [json.problem] };
  const parsed = schema.safeParse(json.value);
  return parsed.success
    ? { value: parsed.data, problems: [] }
    : {
        value: null,
        problems: issuesToProblems(parsed.error.issues, json.value, SAMENWERKEN_FIELD_NAMES),
      };
}
