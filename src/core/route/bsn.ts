/**
 * Citizen service numbers (BSN) are 9 digits that pass the "11-test". A route
 * never holds pupil data, so any text that looks like one is refused.
 */
const NINE_DIGITS = /(?<![\d.])(\d{4}\.?\d{2}\.?\d{3}|\d{9})(?![\d.]?\d)/g;

export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

export function containsBsnLikeNumber(text: string): boolean {
  for (const match of text.matchAll(NINE_DIGITS)) {
    if (passesElevenTest((match[1] ?? '').replace(/\./g, ''))) return true;
  }
  return false;
}
