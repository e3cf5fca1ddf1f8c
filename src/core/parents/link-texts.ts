/**
 * The few parent texts that pages outside the parents' section show (the menu, a route page,
 * a term page). Apart from the other texts, so those pages do not carry all of them.
 */
import type { ParentText } from './parent-text.ts';

export const PARENT_TEXTS: readonly ParentText[] = [
  { id: 'start.ingang', text: 'Voor ouders en verzorgers' },
  { id: 'route.link', text: 'Voor ouders: deze route in gewone woorden' },
  {
    id: 'route.begrip-ouders-eerst',
    text: 'U ziet eerst de uitleg voor ouders. Daaronder staat de uitleg voor professionals.',
  },
];
