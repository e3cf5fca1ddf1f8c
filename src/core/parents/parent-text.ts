/** One text that a parent reads, checked at B1 by `npm run check:taal`. */
export type ParentText = { readonly id: string; readonly text: string };
