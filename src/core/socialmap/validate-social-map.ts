/**
 * Validates the whole social map from its file texts: every file's shape first, then the
 * rules across files. Every problem of every file is kept, and a map with any error is not
 * returned at all: a broken social map never produces a half-built site.
 */
import { parseJson } from '../parse-json.ts';
import { type Problem, hasErrors } from '../problem.ts';
import { issuesToProblems } from '../schema-issues.ts';
import { checkQuestion, checkRoles } from './social-map-reference-rules.ts';
import { checkDistricts } from './social-map-district-rules.ts';
import {
  type SocialMapContext,
  checkOrganisation,
  checkOrganisationId,
} from './social-map-rules.ts';
import {
  type Organisation,
  type Question,
  type DistrictsFile,
  type Region,
  type SocialMap,
  districtsFileSchema,
  SOCIAL_MAP_FIELD_NAMES,
  organisationSchema,
  questionSchema,
  regionSchema,
  rolesFileSchema,
} from './social-map-schema.ts';
import type { z } from 'zod';

/** One file's text; `id` (from the file name) for organisations and questions. */
export interface SourceFile {
  file: string;
  text: string;
  id?: string;
}

export interface SocialMapSource {
  region: SourceFile;
  roles: SourceFile;
  organisations: readonly SourceFile[];
  questions: readonly SourceFile[];
  /** wijken.json, when the map has one. */
  districts?: SourceFile;
}

export interface FileReport {
  file: string;
  problems: Problem[];
}

export interface SocialMapValidation {
  socialMap: SocialMap | null;
  reports: FileReport[];
}

export function validateSocialMap(
  source: SocialMapSource,
  terms: ReadonlySet<string>,
  today: string,
): SocialMapValidation {
  const problems = new Map<string, Problem[]>();
  const report = (file: string, found: readonly Problem[]) => {
    if (found.length > 0) problems.set(file, [...(problems.get(file) ?? []), ...found]);
  };
  const parse = <T>(file: SourceFile, schema: z.ZodType<T>): T | null => {
    const { value, problems: found } = parseFile(file.text, schema);
    report(file.file, found);
    return value;
  };

  const region = parse<Region>(source.region, regionSchema);
  const rolesFile = parse(source.roles, rolesFileSchema);
  const roles = rolesFile?.roles ?? [];
  const organisations = source.organisations.flatMap((file): Organisation[] => {
    const id = file.id ?? '';
    report(file.file, checkOrganisationId(id));
    const value = parse(file, organisationSchema);
    return value ? [{ id, ...value }] : [];
  });
  const questions = source.questions.flatMap((file): Question[] => {
    const value = parse(file, questionSchema);
    return value ? [{ id: file.id ?? '', ...value }] : [];
  });

  const districts = source.districts
    ? parse<DistrictsFile>(source.districts, districtsFileSchema)
    : null;

  const context: SocialMapContext = {
    municipalities: new Set(region?.municipalities ?? []),
    roles: rolesFile ? new Map(roles.map((role) => [role.id, role])) : null,
    organisationIds: new Set(source.organisations.map((file) => file.id ?? '')),
    organisations: new Map(organisations.map((organisation) => [organisation.id, organisation])),
    terms,
    today,
  };
  report(source.roles.file, checkRoles(roles, context));
  const fileOf = (list: readonly SourceFile[], id: string) =>
    list.find((file) => file.id === id)?.file ?? '';
  for (const organisation of organisations)
    report(fileOf(source.organisations, organisation.id), checkOrganisation(organisation, context));
  for (const question of questions)
    report(fileOf(source.questions, question.id), checkQuestion(question, context));
  if (source.districts && districts)
    report(source.districts.file, checkDistricts(districts, context));

  const reports = [...problems]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, found]) => ({ file, problems: found }));
  const failed = reports.some((entry) => hasErrors(entry.problems));
  const byId = <T extends { id: string }>(items: T[]) =>
    [...items].sort((a, b) => a.id.localeCompare(b.id));
  return {
    socialMap:
      failed || !region
        ? null
        : {
            region,
            roles,
            organisations: byId(organisations),
            questions: byId(questions),
            districts,
          },
    reports,
  };
}

function parseFile<T>(
  text: string,
  schema: z.ZodType<T>,
): { value: T | null; problems: Problem[] } {
  const json = parseJson(text);
  if (!json.ok) return { value: null, problems: [json.problem] };
  const parsed = schema.safeParse(json.value);
  if (!parsed.success)
    return {
      value: null,
      problems: issuesToProblems(parsed.error.issues, json.value, SOCIAL_MAP_FIELD_NAMES),
    };
  return { value: parsed.data, problems: [] };
}
