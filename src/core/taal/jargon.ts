/**
 * Jargon for parents: glossary entries marked `parentWording.jargon`. A parent text may use
 * such a word only with its plain explanation, once (at first use) in the text: right after
 * it, in brackets, after a colon or as a definition ("de POH-GGZ (een hulpverlener bij de
 * huisarts)", "de TLV: het besluit dat …", "Een MDO is een gesprek …"), or in the next
 * sentence ("… is een TLV nodig. Dat is een toestemming …"); right
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
/** "de TLV (…", "de TLV: …", "Een MDO is een gesprek …", "Het OPP betekent …". */
const EXPLAINED_AFTER =
  /^(\s*[(:]|\s+(is|zijn) (een|de|het) |\s+(betekent|betekenen|heet|heten)\s)/u;
/** The next sentence explains it: "… een toelaatbaarheidsverklaring nodig. Dat is een …". */
const EXPLAINING_SENTENCE = /^(dat|dit|die|zo'n) (is|zijn|betekent|heet) /iu;

function explainedAround(haystack: string, start: number, end: number): boolean {
  const before = haystack.slice(Math.max(0, start - 12), start);
  const after = haystack.slice(end);
  if (EXPLAINED_BEFORE.test(before) || EXPLAINED_AFTER.test(after)) return true;
  return APPOSITION_BEFORE.test(before) && CLAUSE_END.test(after);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole words only; abbreviations in capitals match only in capitals ("OPP", not "opp"). */
function labelMatcher(label: string): { pattern: RegExp; caseSensitive: boolean } {
  const caseSensitive = label.length <= 5 && label === label.toUpperCase();
  const body = escape(caseSensitive ? label : normalize(label));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${body}(?![\\p{L}\\p{N}-])`, 'gu');
  return { pattern, caseSensitive };
}

/**
 * Jargon in `sentences` without its explanation: a term is fine when one of its uses is
 * explained (explain a word once, at first use, and use it freely after). `ownTerm`: the term
 * key of the glossary entry the text explains, whose own words are the subject of that text.
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
    const uses = usesOf(term, sentences);
    if (uses.length === 0 || uses.some((use) => use.explained)) return [];
    const [first] = uses;
    return first ? [{ id: term.id, label: first.label, sentence: first.sentence }] : [];
  });
}

function usesOf(
  term: JargonTerm,
  sentences: readonly string[],
): { label: string; sentence: string; explained: boolean }[] {
  return sentences.flatMap((sentence, index) => {
    const next = normalize(sentences[index + 1] ?? '');
    return term.labels.flatMap((label) => {
      const { pattern, caseSensitive } = labelMatcher(label);
      const haystack = caseSensitive ? sentence.normalize('NFC') : normalize(sentence);
      return [...haystack.matchAll(pattern)].map((match) => ({
        label,
        sentence,
        explained:
          explainedAround(haystack, match.index, match.index + match[0].length) ||
          EXPLAINING_SENTENCE.test(next),
      }));
    });
  });
}
