/**
 * A text written for parents (B1). Every parent-facing text lives in a data module in this
 * folder that exports `PARENT_TEXTS`, so `npm run check:taal` can measure all of them.
 */
export type ParentText = { readonly id: string; readonly text: string };

/** The text with this id; a missing id is a programming error (the unit tests look up every id). */
export function textOf(texts: readonly ParentText[], id: string): string {
  const found = texts.find((entry) => entry.id === id);
  if (!found) throw new Error(`Geen oudertekst met id "${id}"`);
  return found.text;
}
