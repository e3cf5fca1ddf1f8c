/** Checks the site file: shape first, then a function address only (no person's address). */
import { z } from '../zod.ts';
import { PERSONAL_EMAIL_MESSAGE, looksPersonal } from '../function-email.ts';
import { parseJson } from '../parse-json.ts';
import { type Problem, error } from '../problem.ts';
import { fieldNamesOf } from '../schema-fields.ts';
import { issuesToProblems } from '../schema-issues.ts';
import { SITE_SCHEMA_PATH, type Site, beheerderSchema, siteSchema } from './site-schema.ts';

export interface SiteValidation {
  site: Site | null;
  problems: Problem[];
}

const FIELD_NAMES = fieldNamesOf(siteSchema, beheerderSchema);

export function validateSiteText(text: string): SiteValidation {
  const json = parseJson(text);
  if (!json.ok) return { site: null, problems: [json.problem] };
  const parsed = siteSchema.safeParse(json.value);
  if (!parsed.success)
    return { site: null, problems: issuesToProblems(parsed.error.issues, json.value, FIELD_NAMES) };
  const problems = looksPersonal(parsed.data.beheerder.email)
    ? [error('/beheerder/email', PERSONAL_EMAIL_MESSAGE)]
    : [];
  return { site: problems.length > 0 ? null : parsed.data, problems };
}

/** The published JSON Schema, generated from the same zod source as the type. */
export function siteJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(siteSchema, { target: 'draft-2020-12' }), $id: SITE_SCHEMA_PATH };
}
