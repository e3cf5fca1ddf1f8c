/**
 * Content names desks, lines and teams, never people: an address like "j.jansen@…" names a
 * person. A heuristic (initials, a dot, a name), so it errs towards letting addresses through.
 */
const PERSONAL_EMAIL = /^[a-z]{1,3}\.[a-z-]+@/i;

export function looksPersonal(email: string): boolean {
  return PERSONAL_EMAIL.test(email);
}

export const PERSONAL_EMAIL_MESSAGE =
  'lijkt een persoonlijk adres; gebruik een functieadres, bijv. aanmelden@…';
