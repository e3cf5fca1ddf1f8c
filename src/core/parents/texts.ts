/**
 * Every parent text by id, for the pages. (Each module keeps its own `PARENT_TEXTS`, which
 * is what `npm run check:taal` reads; this file only joins them, so it exports none.)
 */
import { type ParentText, textOf } from './parent-text.ts';
import { PARENT_TEXTS as CONTACTS } from './contacts-texts.ts';
import { PARENT_TEXTS as LINKS } from './link-texts.ts';
import { PARENT_TEXTS as ROLES } from './role-texts.ts';
import { PARENT_TEXTS as ROUTE } from './route-texts.ts';
import { PARENT_TEXTS as START } from './start-texts.ts';
import { PARENT_TEXTS as STEPS } from './step-texts.ts';
import { PARENT_TEXTS as TOPICS } from './topic-texts.ts';

export const ALL_PARENT_TEXTS: readonly ParentText[] = [
  ...LINKS,
  ...START,
  ...ROUTE,
  ...STEPS,
  ...TOPICS,
  ...ROLES,
  ...CONTACTS,
];

/** The parent text with this id ("route.titel"). */
export function pt(id: string): string {
  return textOf(ALL_PARENT_TEXTS, id);
}

export function roleText(key: string): string {
  return pt(`rol.${key}`);
}
