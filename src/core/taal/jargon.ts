/**
 * Jargon for parents: glossary entries marked `parentWording.jargon`. A parent text may use
 * such a word only with its plain explanation: right after it, in brackets or after a colon
 * ("de POH-GGZ (een hulpverlener bij de huisarts)", "de TLV: het besluit dat …"); right
 * before it, with the word in brackets or as an apposition ("toestemming (een TLV)", "een
 * plan, het OPP", "Dat heet een TLV"); or one of the entry's `prefer` phrases anywhere in the same text.
 */
import type { GlossaryEntry } from '../glossary/glossary-schema.ts';
import { normalize } from '../match-query.ts';

export interface JargonTerm {
  id: string;
  /** The shared term key: an entry's own uitleg may use the words of every meaning of it. */
  term: string;
  labels: string[];
  plain: string[];
}

export interface JargonUse {
  id: string;
  label: string;
  sentence: string;
}

export function jargonTerms(
  entries: readonly Pick<
    GlossaryEntry,
    'id' | 'term' | 'prefLabel' | 'abbreviations' | 'altLabels' | 'parentWording'
  >[],
): JargonTerm[] {
  return entries
    .filter((entry) => entry.parentWording?.jargon === true)
    .map((entry) => ({
      id: entry.id,
      term: entry.term,
      labels: [
        ...new Set([
          entry.prefLabel,
          ...(entry.abbreviations ?? []).flatMap((a) => [a.abbr, a.expansion]),
          ...(entry.altLabels ?? []),
        ]),
      ],
      plain: entry.parentWording?.prefer ?? [],
    }));
}

/** "(een TLV", "Dat heet een TLV": the plain words came just before. */
const EXPLAINED_BEFORE = /(\(\s*|\bheet |\bheten )(een |de |het )?$/u;
/** "een plan, het OPP.": an apposition that closes the clause, not ", de X in …" in a list. */
const APPOSITION_BEFORE = /, (een |de |het )$/u;
const CLAUSE_END = /^\s*([.,;!?)]|$)/u;

function explainedAround(haystack: string, start: number, end: number): boolean {
  const before = haystack.slice(Math.max(0, start - 12), start);
  if (EXPLAINED_BEFORE.test(before)) return true;
  return APPOSITION_BEFORE.test(before) && CLAUSE_END.test(haystack.slice(end));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole words only; abbreviations in capitals match only in capitals ("OPP", not "opp"). */
function labelMatcher(label: string): { pattern: RegExp; caseSensitive: boolean } {
  const caseSensitive = label.length <= 5 && label === label.toUpperCase();
  const body = escape(caseSensitive ? label : normalize(label));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${body}(?![\\p{L}\\p{N}-])(\\s*[(:])?`, 'gu');
  return { pattern, caseSensitive };
}

/**
 * Jargon in `sentences` without its explanation. `ownTerm`: the term key of the glossary entry
 * the text explains, whose own words are the subject of that text.
 */
export function unexplainedJargon(
  sentences: readonly string[],
  terms: readonly JargonTerm[],
  ownTerm?: string,
): JargonUse[] {
  const whole = normalize(sentences.join(' '));
  return terms.flatMap((term) => {
    if (term.term === ownTerm) return [];
    if (term.plain.some((phrase) => whole.includes(normalize(phrase)))) return [];
    for (const sentence of sentences)
      for (const label of term.labels) {
        const { pattern, caseSensitive } = labelMatcher(label);
        const haystack = caseSensitive ? sentence.normalize('NFC') : normalize(sentence);
        for (const match of haystack.matchAll(pattern))
          if (
            match[1] === undefined &&
            !explainedAround(haystack, match.index, match.index + match[0].length)
          )
            return [{ id: term.id, label, sentence }];
      }
    return [];
  });
}
