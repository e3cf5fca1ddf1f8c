/**
 * Field types every content format shares (route files, glossary entries, social map):
 * one definition, so an id, a web address or a phone number is checked, and explained
 * in Dutch, the same way in every file a school or editor writes.
 */
import { z } from './zod.ts';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const identifier = z.string().regex(ID_PATTERN, {
  error:
    'ongeldige id: alleen kleine letters, cijfers en "-", begint met letter of cijfer, hoogstens 64 tekens',
});

export const text = (max: number, min = 0) => z.string().min(min).max(max);

/** Links in content may only lead to web pages (mailto: and tel: are built from their own fields). */
export const httpUrl = z
  .string()
  .max(500)
  .regex(/^https?:\/\/[^\s]+$/i, { error: 'alleen http:// of https://-adressen zijn toegestaan' })
  .refine((value) => URL.canParse(value), { error: 'geen geldig webadres' });

/**
 * The part before the first digit cannot hold a digit, so the pattern never backtracks (the
 * former `[0-9 +\-()]*[0-9]…` took quadratic time on a long non-match); and the pattern does
 * not run at all past the length limit.
 */
export const phone = z
  .string()
  .max(40, { abort: true })
  .regex(/^[ +\-()]*[0-9][0-9 +\-()]*$/, {
    error: 'telefoonnummer: alleen cijfers, spaties, +, -, ( en )',
  });

export const date = z.iso.date({ error: 'datum in de vorm JJJJ-MM-DD' });

/** Every field name of a format's objects, to suggest the right one for a typo like "lable". */
export function fieldNamesOf(...schemas: { shape: object }[]): readonly string[] {
  return [...new Set(schemas.flatMap((schema) => Object.keys(schema.shape)))];
}
