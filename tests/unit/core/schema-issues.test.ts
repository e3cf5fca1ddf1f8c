import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesToProblems } from '../../../src/core/schema-issues.ts';

function messagesFor(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return issuesToProblems(result.error.issues, value, []).map(
    (problem) => `${problem.path}: ${problem.message}`,
  );
}

describe('Dutch messages for length limits', () => {
  const named = (text: z.ZodString) => z.object({ name: text });

  it('calls a too short required text empty, not "too short"', () => {
    expect(messagesFor(named(z.string().min(1)), { name: '' })).toEqual([
      '/name: mag niet leeg zijn',
    ]);
  });

  it('counts characters in singular and plural', () => {
    expect(messagesFor(named(z.string().min(4)), { name: 'ab' })).toEqual([
      '/name: te kort: minstens 4 tekens',
    ]);
    expect(messagesFor(named(z.string().max(1)), { name: 'ab' })).toEqual([
      '/name: te lang: hoogstens 1 teken (nu 2)',
    ]);
    expect(messagesFor(named(z.string().max(3)), { name: 'abcde' })).toEqual([
      '/name: te lang: hoogstens 3 tekens (nu 5)',
    ]);
  });

  it('counts list items in singular and plural', () => {
    const list = (items: z.ZodArray<z.ZodString>) => z.object({ items });
    expect(messagesFor(list(z.array(z.string()).min(1)), { items: [] })).toEqual([
      '/items: minstens 1 item nodig',
    ]);
    expect(messagesFor(list(z.array(z.string()).min(2)), { items: ['a'] })).toEqual([
      '/items: minstens 2 items nodig',
    ]);
    expect(messagesFor(list(z.array(z.string()).max(1)), { items: ['a', 'b'] })).toEqual([
      '/items: te veel items: hoogstens 1 (nu 2)',
    ]);
  });
});

describe('unknown fields in hostile numbers', () => {
  const strict = z.strictObject({ label: z.string() });

  it('suggests the known name for a typo', () => {
    const problems = issuesToProblems(
      strict.safeParse({ label: 'a', lable: 'b' }).error!.issues,
      {},
      ['label'],
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      'onbekend veld "lable" (bedoel je "label"?)',
    ]);
  });

  it('names twenty and counts the rest, however many there are', () => {
    const value = {
      label: 'a',
      ...Object.fromEntries(Array.from({ length: 25_000 }, (_, index) => [`k${index}`, 1])),
    };
    const problems = issuesToProblems(strict.safeParse(value).error!.issues, value, ['label']);
    expect(problems).toHaveLength(21);
    expect(problems[0]).toMatchObject({ path: '/k0', message: 'onbekend veld "k0"' });
    expect(problems[20]).toMatchObject({ path: '', message: 'en nog 24980 onbekende velden' });
  });

  it('shows the start of a field name of a million characters', () => {
    const key = 'x'.repeat(1_000_000);
    const problems = issuesToProblems(
      strict.safeParse({ label: 'a', [key]: 1 }).error!.issues,
      {},
      ['label'],
    );
    expect(problems[0]!.message).toBe(`onbekend veld "${'x'.repeat(60)}…"`);
  });
});
