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
