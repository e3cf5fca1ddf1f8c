/**
 * Reading a scan or plan from a file, a share link or storage. Nothing is taken over unless
 * the whole value has the format's shape: a bad import never half-replaces someone's work,
 * and every problem is named in Dutch with its place.
 */
import type { z } from 'zod';
import { parseJson } from '../parse-json.ts';
import { type Problem, error } from '../problem.ts';
import { issuesToProblems } from '../schema-issues.ts';

export interface WorkFormat<T> {
  schema: z.ZodType<T>;
  /** The value of `type` in the file: "zelfscan" or "plan-van-aanpak". */
  type: string;
  /** "een zelfscan", "een plan van aanpak": used in messages. */
  noun: string;
  fieldNames: readonly string[];
}

export const SUPPORTED_VERSION = 1;

/** What other files people may pick by mistake, by their `type`. */
const OTHER_TYPES: Record<string, string> = {
  zelfscan: 'een zelfscan',
  'plan-van-aanpak': 'een plan van aanpak',
};

export type ReadWork<T> =
  | { ok: true; value: T }
  /** `file` is the parsed JSON, when it was JSON. */
  | { ok: false; problems: Problem[]; file?: unknown };

export function readWorkText<T>(text: string, format: WorkFormat<T>): ReadWork<T> {
  if (text.trim() === '') return { ok: false, problems: [error('', 'het bestand is leeg')] };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  return readWorkJson(json.value, format);
}

export function readWorkJson<T>(value: unknown, format: WorkFormat<T>): ReadWork<T> {
  const mistake = wrongKind(value, format);
  if (mistake) return { ok: false, problems: [mistake], file: value };
  const parsed = format.schema.safeParse(value);
  if (parsed.success) return { ok: true, value: withoutSchemaLine(parsed.data) };
  return {
    ok: false,
    problems: issuesToProblems(parsed.error.issues, value, format.fieldNames),
    file: value,
  };
}

function wrongKind<T>(value: unknown, format: WorkFormat<T>): Problem | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return error('', `dit is geen ${bare(format.noun)}: verwacht een object { … }`);
  const record = value as Record<string, unknown>;
  if ('nodes' in record && 'edges' in record)
    return error(
      '',
      `dit is een routebestand, geen ${bare(format.noun)}. Een route open je via Route maken.`,
    );
  const other = typeof record.type === 'string' ? OTHER_TYPES[record.type] : undefined;
  if (other && record.type !== format.type)
    return error('/type', `dit is ${other}, geen ${bare(format.noun)}`);
  if (typeof record.version === 'number' && record.version > SUPPORTED_VERSION)
    return error(
      '/version',
      `dit bestand gebruikt versie ${record.version} van het formaat; deze site kent versie ${SUPPORTED_VERSION}. Open het in een nieuwere versie van Routekaart.`,
    );
  return null;
}

/** Stored work never keeps a `$schema` line: the export always writes the standard one. */
function withoutSchemaLine<T>(value: T): T {
  if (value === null || typeof value !== 'object' || !('$schema' in value)) return value;
  const copy = { ...value } as Record<string, unknown>;
  delete copy.$schema;
  return copy as T;
}

/** "een zelfscan" → "zelfscan". */
export const bare = (noun: string) => noun.replace(/^een /, '');

/** A one-line reason, for values from storage or a share link: the first problem, with its place. */
export function workProblemReason<T>(problems: readonly Problem[], format: WorkFormat<T>): string {
  const first = problems[0];
  const where = first ? ` (${first.path ? `bij ${first.path}: ` : ''}${first.message})` : '';
  return `geen ${bare(format.noun)} in het verwachte formaat${where}`;
}
