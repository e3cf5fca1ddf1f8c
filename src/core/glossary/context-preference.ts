/**
 * The choice of meaning by context. Apart from glossary-model.ts (labels, reader
 * contexts, related entries) because a route page needs only this at first load.
 */
import { CONTEXTS, type GlossaryContext } from '../contexts.ts';
import type { ReaderContext } from './glossary-model.ts';

/** The reader's context first, then the fixed order of CONTEXTS; stable otherwise. */
export function byContextPreference<T extends { context: GlossaryContext }>(
  entries: readonly T[],
  preferred: ReaderContext | null,
): T[] {
  const rank = (context: GlossaryContext) =>
    context === preferred ? -1 : CONTEXTS.indexOf(context);
  return [...entries].sort((a, b) => rank(a.context) - rank(b.context));
}

/** The meaning for a context, or (if the word has none there) the first other meaning. */
export function pickForContext<T extends { context: GlossaryContext }>(
  entries: readonly T[],
  context: GlossaryContext,
): T | undefined {
  return byContextPreference(entries, context)[0];
}
