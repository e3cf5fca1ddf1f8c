/**
 * Turns schema issues into located problems with Dutch messages: schools read
 * these in the terminal and in the editor, next to the field they typed.
 */
import type { z } from 'zod';
import { type Problem, error, toPointer } from './problem.ts';
import { closestWord } from './closest-word.ts';

type Issue = z.core.$ZodIssue;

export function issuesToProblems(
  issues: readonly Issue[],
  input: unknown,
  knownFields: readonly string[],
): Problem[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys')
      return unknownFields(issue.path, issue.keys, knownFields);
    return [error(toPointer(issue.path), issueMessage(issue, valueAt(input, issue.path)))];
  });
}

/** Unknown fields named one by one up to here; a file with thousands gets one line for the rest. */
export const MAX_UNKNOWN_FIELDS_NAMED = 20;
const MAX_KEY_SHOWN = 60;

function unknownFields(
  path: readonly PropertyKey[],
  keys: readonly string[],
  knownFields: readonly string[],
): Problem[] {
  const named = keys
    .slice(0, MAX_UNKNOWN_FIELDS_NAMED)
    .map((key) => error(toPointer([...path, key]), unknownFieldMessage(key, knownFields)));
  const rest = keys.length - named.length;
  return rest > 0 ? [...named, error(toPointer(path), `en nog ${rest} onbekende velden`)] : named;
}

function unknownFieldMessage(key: string, knownFields: readonly string[]): string {
  const suggestion = closestWord(key, knownFields);
  const shown = key.length > MAX_KEY_SHOWN ? `${key.slice(0, MAX_KEY_SHOWN)}…` : key;
  return `onbekend veld "${shown}"` + (suggestion ? ` (bedoel je "${suggestion}"?)` : '');
}

function issueMessage(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'verplicht veld ontbreekt';
      return `verwacht ${typeName(issue.expected)}, gevonden ${typeName(describe(value))}`;
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum));
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), value);
    case 'invalid_value':
      return issue.values.length === 1
        ? `moet ${JSON.stringify(issue.values[0])} zijn`
        : `moet een van deze waarden zijn: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
    case 'custom':
      return issue.message;
    default:
      return issue.message;
  }
}

// An empty required text is the common case: say so plainly, not as a minimum length.
function tooSmall(origin: string, minimum: number): string {
  if (origin === 'string')
    return minimum <= 1
      ? 'mag niet leeg zijn'
      : `te kort: minstens ${count(minimum, 'teken', 'tekens')}`;
  if (origin === 'array') return `minstens ${count(minimum, 'item', 'items')} nodig`;
  return `te klein: minstens ${minimum}`;
}

function tooBig(origin: string, maximum: number, value: unknown): string {
  if (origin === 'string') {
    const now = typeof value === 'string' ? ` (nu ${value.length})` : '';
    return `te lang: hoogstens ${count(maximum, 'teken', 'tekens')}${now}`;
  }
  if (origin === 'array') {
    const now = Array.isArray(value) ? ` (nu ${value.length})` : '';
    return `te veel items: hoogstens ${maximum}${now}`;
  }
  return `te groot: hoogstens ${maximum}`;
}

function count(amount: number, one: string, more: string): string {
  return `${amount} ${amount === 1 ? one : more}`;
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'getal',
    boolean: 'waar/onwaar',
    object: 'object',
    array: 'lijst',
    null: 'null',
  };
  return names[type] ?? type;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
