/**
 * Which glossary meanings a route needs. The build computes this so a route
 * page receives a handful of entries instead of the glossary index.
 */
import type { GlossaryEntry } from './glossary-schema.ts';
import { pickForContext } from './context-preference.ts';
import { type GlossaryContext, routeContext } from '../contexts.ts';
import type { Route, RouteNode } from '../route/route-schema.ts';
import {
  type TermMatcher,
  type TextSegment,
  mentionedTerms,
  splitByTerms,
} from './term-mentions.ts';

/** One meaning, with just what the popover on a route page shows. */
export interface TermSummary extends Pick<
  GlossaryEntry,
  'id' | 'term' | 'prefLabel' | 'context' | 'abbreviations' | 'definition' | 'uitleg' | 'scopeNote'
> {
  /** Contexts where this word means something else: the popover says so. */
  otherContexts: GlossaryContext[];
}

/** The node texts in which glossary words are looked for. */
const MENTION_FIELDS = ['label', 'description', 'who', 'when'] as const;

export function nodeTexts(node: RouteNode): string[] {
  return MENTION_FIELDS.flatMap((field) => node[field] ?? []);
}

export function routeTermSummaries(
  route: Route,
  glossary: readonly GlossaryEntry[],
  matcher: TermMatcher | null,
): TermSummary[] {
  const byId = new Map(glossary.map((entry) => [entry.id, entry]));
  const chosen = new Map<string, GlossaryEntry>();
  for (const id of route.nodes.flatMap((node) => node.terms ?? [])) {
    const entry = byId.get(id);
    if (entry) chosen.set(id, entry);
  }
  const context = routeContext(route);
  for (const term of mentionedTerms(route.nodes.flatMap(nodeTexts), matcher)) {
    const entry = pickForContext(meaningsOf(glossary, term), context);
    if (entry) chosen.set(entry.id, entry);
  }
  return [...chosen.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) => summarizeTerm(entry, meaningsOf(glossary, entry.term)));
}

export function meaningsOf<T extends { term: string }>(glossary: readonly T[], term: string): T[] {
  return glossary.filter((entry) => entry.term === term);
}

export function summarizeTerm(
  entry: GlossaryEntry,
  meanings: readonly GlossaryEntry[],
): TermSummary {
  const { id, term, prefLabel, context, abbreviations, definition, uitleg, scopeNote } = entry;
  return {
    id,
    term,
    prefLabel,
    context,
    ...(abbreviations ? { abbreviations } : {}),
    definition,
    uitleg,
    ...(scopeNote ? { scopeNote } : {}),
    otherContexts: meanings.filter((other) => other.id !== id).map((other) => other.context),
  };
}

/** Texts in which the first mention of a word becomes a popover button, in reading order. */
export const INLINE_MARKED_FIELDS = ['description', 'who', 'when'] as const;
export type InlineMarkedField = (typeof INLINE_MARKED_FIELDS)[number];

export interface NodeTermMarks {
  /**
   * Words in the label. Labels are headings (and chart text): a button there
   * would change the heading's name, so these are listed with the node's terms.
   */
  labelTerms: string[];
  texts: Record<InlineMarkedField, TextSegment[]>;
}

/** Only the first mention of a word per node becomes a button: a step full of buttons is hard to read. */
export function markNodeTerms(node: RouteNode, matcher: TermMatcher | null): NodeTermMarks {
  const labelTerms = [...mentionedTerms([node.label], matcher)];
  const seen = new Set<string>();
  const texts = {} as Record<InlineMarkedField, TextSegment[]>;
  for (const field of INLINE_MARKED_FIELDS)
    texts[field] = splitByTerms(node[field] ?? '', matcher, seen);
  return { labelTerms, texts };
}
