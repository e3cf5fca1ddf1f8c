/**
 * Citizen service numbers (BSN) are 9 digits that pass the "11-test". A route
 * never holds pupil data, so any text that looks like one is refused. A BSN is written
 * whole (123456782), in threes (123 456 782, 123.456.782, 123-456-782) or as 1234.56.782.
 * Phone numbers are not BSNs: nine digits that continue a longer number ("+31 612345671",
 * "030 123 456 782") or follow "+31 (0)" are part of a phone number, and a phone field
 * that holds a phone number is not checked at all.
 */
const BSN_FORMS =
  /(?<!\d[ .-]?)(?:\d{9}|\d{3}([ .-])\d{3}\1\d{3}|\d{4}([ .-])\d{2}\2\d{3})(?![ .-]?\d)/g;
/** What may come right before a national number written after the country code. */
const COUNTRY_CODE_BEFORE = /(?:\+|00)\s*31\s*\(0\)\s*$/;

export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

export function containsBsnLikeNumber(text: string): boolean {
  for (const match of text.matchAll(BSN_FORMS)) {
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    if (COUNTRY_CODE_BEFORE.test(before)) continue;
    if (passesElevenTest(match[0].replace(/[ .-]/g, ''))) return true;
  }
  return false;
}

/** A phone number: with a country code (+31, 0031) or a Dutch national number from 0. */
export function looksLikePhoneNumber(text: string): boolean {
  const compact = text.replace(/[\s\-()]/g, '');
  return /^(?:\+|00)[1-9]\d{6,14}$/.test(compact) || /^0\d{7,10}$/.test(compact);
}
