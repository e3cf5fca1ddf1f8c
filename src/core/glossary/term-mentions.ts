/**
 * Finds glossary words in route texts: abbreviations, preferred labels and
 * expansions (alternative labels are too loose: "basisschool" is not always
 * "PO"). Abbreviations match case-sensitively ("SO" but not "so"; all-capital ones of three or more
 * letters also in lower case, "mbo"), labels
 * with only a leading capital match either way ("Intern begeleider"); always
 * as whole words, longest first, so "POH-GGZ" is not a mention of "GGZ".
 */
import type { GlossaryEntry } from './glossary-schema.ts';

export type MentionableEntry = Pick<
  GlossaryEntry,
  'term' | 'prefLabel' | 'abbreviations' | 'altLabels'
>;

export interface TermMatcher {
  pattern: RegExp;
  exactForms: ReadonlyMap<string, string>;
  foldedForms: ReadonlyMap<string, string>;
}

export interface TextSegment {
  text: string;
  /** Set when this piece of text is a mention of a glossary word (its term key). */
  term?: string;
}

const MIN_FORM_LENGTH = 2;

export function createTermMatcher(entries: readonly MentionableEntry[]): TermMatcher | null {
  const exactForms = new Map<string, string>();
  const foldedForms = new Map<string, string>();
  for (const entry of entries) {
    for (const abbreviation of entry.abbreviations ?? []) {
      addOnce(exactForms, abbreviation.abbr, entry.term);
      // Dutch style guides write "mbo" and "ggz" in lower case; two-letter ones ("so") stay exact.
      if (/^\p{Lu}{3,}$/u.test(abbreviation.abbr)) {
        addOnce(exactForms, abbreviation.abbr.toLowerCase(), entry.term);
      }
    }
    const expansions = (entry.abbreviations ?? []).map((abbreviation) => abbreviation.expansion);
    for (const label of [entry.prefLabel, ...expansions]) {
      if (hasInnerCapital(label)) addOnce(exactForms, label, entry.term);
      else addOnce(foldedForms, lowerFirst(label), entry.term);
    }
  }
  const alternatives = [
    ...[...exactForms.keys()].map(escapeRegExp),
    ...[...foldedForms.keys()].map(
      (form) => eitherCase(form.charAt(0)) + escapeRegExp(form.slice(1)),
    ),
  ];
  if (alternatives.length === 0) return null;
  const byLength = [...exactForms.keys(), ...[...foldedForms.keys()]];
  const order = alternatives
    .map((pattern, index) => ({ pattern, length: byLength[index]!.length }))
    .sort((a, b) => b.length - a.length)
    .map(({ pattern }) => pattern);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${order.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { pattern, exactForms, foldedForms };
}

/**
 * Splits a text into plain pieces and mentions. With `seen`, only first
 * mentions count: terms in it stay plain text, and new ones are added to it.
 */
export function splitByTerms(
  text: string,
  matcher: TermMatcher | null,
  seen?: Set<string>,
): TextSegment[] {
  if (!matcher) return [{ text }];
  const segments: TextSegment[] = [];
  let from = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const term = matcher.exactForms.get(match[0]) ?? matcher.foldedForms.get(lowerFirst(match[0]));
    if (!term || seen?.has(term)) continue;
    seen?.add(term);
    if (match.index > from) segments.push({ text: text.slice(from, match.index) });
    segments.push({ text: match[0], term });
    from = match.index + match[0].length;
  }
  if (from < text.length || segments.length === 0) segments.push({ text: text.slice(from) });
  return segments;
}

/** Term keys mentioned anywhere in the texts. */
export function mentionedTerms(texts: readonly string[], matcher: TermMatcher | null): Set<string> {
  const terms = new Set<string>();
  for (const text of texts)
    for (const segment of splitByTerms(text, matcher)) if (segment.term) terms.add(segment.term);
  return terms;
}

function addOnce(forms: Map<string, string>, form: string, term: string): void {
  if (form.length >= MIN_FORM_LENGTH && !forms.has(form)) forms.set(form, term);
}

function hasInnerCapital(label: string): boolean {
  return /\p{Lu}/u.test(label.slice(1));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function eitherCase(letter: string): string {
  const upper = letter.toUpperCase();
  return upper === letter ? escapeRegExp(letter) : `[${letter}${upper}]`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
