import { describe, expect, it } from 'vitest';
import { containsBsnLikeNumber, looksLikePhoneNumber } from '../../../src/core/route/bsn.ts';
import { validateRoute } from '../../../src/core/route/validate-route.ts';
import { makeNode, makeRoute } from '../factories.ts';

const refs = { terms: new Set<string>(), organisations: new Set<string>() };
const errorsOf = (node: ReturnType<typeof makeNode>) =>
  validateRoute(makeRoute({ nodes: [node, makeNode('ib'), makeNode('zat')] }), refs, '2026-11-27')
    .problems.filter((problem) => problem.severity === 'error')
    .map((problem) => problem.path);

describe('numbers that look like a BSN', () => {
  it('finds a BSN however it is written: whole, in threes, or in the 4-2-3 form', () => {
    for (const text of [
      'leerling 123456782',
      'bsn 123 456 782',
      'bsn 123.456.782',
      'bsn 123-456-782',
      'bsn 1234.56.782',
      '(123456782)',
    ])
      expect(containsBsnLikeNumber(text), text).toBe(true);
  });

  it('does not take a phone number in international or national form for a BSN', () => {
    for (const text of [
      '+31 612345671',
      '+31 6 12345671',
      '+31 (0)612345671',
      '0031 612345671',
      '+31-612345671',
      '06 12345671',
      '030 123 456 782',
    ])
      expect(containsBsnLikeNumber(text), text).toBe(false);
  });

  it('ignores nine digits that fail the eleven test, and longer numbers', () => {
    expect(containsBsnLikeNumber('optie 123456789')).toBe(false);
    expect(containsBsnLikeNumber('1234567820')).toBe(false);
    expect(containsBsnLikeNumber('123 456 7820')).toBe(false);
  });

  it('knows a phone number when it sees one', () => {
    expect(looksLikePhoneNumber('+31 612345671')).toBe(true);
    expect(looksLikePhoneNumber('030 - 123 45 67')).toBe(true);
    expect(looksLikePhoneNumber('123456782')).toBe(false);
  });
});

describe('the BSN rule in a route', () => {
  it('lets a mobile number in international form through in the phone field and in text', () => {
    expect(errorsOf(makeNode('mentor', { contact: { phone: '+31 612345671' } }))).toEqual([]);
    expect(errorsOf(makeNode('mentor', { description: 'Bel +31 612345671.' }))).toEqual([]);
  });

  it('stops a BSN with spaces', () => {
    expect(errorsOf(makeNode('mentor', { description: 'Leerling 123 456 782' }))).toEqual([
      '/nodes/0/description',
    ]);
    expect(errorsOf(makeNode('mentor', { contact: { phone: '123 456 782' } }))).toEqual([
      '/nodes/0/contact/phone',
    ]);
  });
});
