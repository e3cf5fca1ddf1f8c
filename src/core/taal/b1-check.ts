/**
 * The B1 check of one parent text (issue 12): short sentences, an easy Flesch–Douma score and
 * no jargon without its explanation. Pure: `npm run check:taal` gathers the texts and prints.
 */
import { type JargonTerm, type JargonUse, unexplainedJargon } from './jargon.ts';
import { type Readability, measureReadability } from './readability.ts';
import { assertNever } from '../route/route-urls.ts';

export const B1_TARGETS = {
  /** Average words per sentence, at most. */
  averageSentence: 12,
  /** Words in any one sentence, at most. */
  longestSentence: 20,
  /** Flesch–Douma reading ease, at least. */
  fleschDouma: 65,
  /**
   * Reading ease is judged from this many words on: it averages syllables over words, so in a
   * button label like "Mijn contactpersonen" one long word decides it. Shorter texts are
   * still checked on sentence length and jargon.
   */
  readingEaseMinWords: 10,
} as const;

export interface CheckedText {
  /** Where the text lives: a file, with the field or id within it. */
  where: string;
  /** Which group it is reported under ("begrippen", "sociale kaart", …). */
  group: string;
  text: string;
  /** For a glossary explanation: its own term, which it may name freely. */
  ownTerm?: string;
}

export type B1Failure =
  | { kind: 'average'; value: number }
  | { kind: 'long-sentence'; words: number; sentence: string }
  | { kind: 'flesch-douma'; value: number }
  | { kind: 'jargon'; use: JargonUse }
  | { kind: 'empty' };

export interface B1Result {
  text: CheckedText;
  figures: Readability;
  failures: B1Failure[];
}

export function checkB1(text: CheckedText, jargon: readonly JargonTerm[]): B1Result {
  const figures = measureReadability(text.text);
  if (figures.words === 0) return { text, figures, failures: [{ kind: 'empty' }] };
  const failures: B1Failure[] = [];
  if (figures.averageSentence > B1_TARGETS.averageSentence)
    failures.push({ kind: 'average', value: figures.averageSentence });
  for (const sentence of figures.sentences)
    if (sentence.words > B1_TARGETS.longestSentence)
      failures.push({ kind: 'long-sentence', words: sentence.words, sentence: sentence.text });
  if (
    figures.words >= B1_TARGETS.readingEaseMinWords &&
    figures.fleschDouma < B1_TARGETS.fleschDouma
  )
    failures.push({ kind: 'flesch-douma', value: figures.fleschDouma });
  const sentences = figures.sentences.map((sentence) => sentence.text);
  for (const use of unexplainedJargon(sentences, jargon, text.ownTerm))
    failures.push({ kind: 'jargon', use });
  return { text, figures, failures };
}

const one = (value: number) => value.toFixed(1).replace('.', ',');

/** One line per failure, in Dutch, with the sentence where there is one. */
export function describeFailure(failure: B1Failure): string {
  switch (failure.kind) {
    case 'average':
      return `gemiddeld ${one(failure.value)} woorden per zin (hoogstens ${B1_TARGETS.averageSentence})`;
    case 'long-sentence':
      return `zin van ${failure.words} woorden (hoogstens ${B1_TARGETS.longestSentence}): "${failure.sentence}"`;
    case 'flesch-douma':
      return `Flesch–Douma ${one(failure.value)} (minstens ${B1_TARGETS.fleschDouma})`;
    case 'jargon':
      return `vakwoord "${failure.use.label}" zonder uitleg (begrip ${failure.use.id}): "${failure.use.sentence}"`;
    case 'empty':
      return 'geen tekst voor ouders';
    default:
      return assertNever(failure);
  }
}

export interface GroupFigures {
  group: string;
  texts: number;
  failed: number;
  averageSentence: number;
  longestSentence: number;
  /** Over the texts of at least `readingEaseMinWords` words; null when there are none. */
  lowestFleschDouma: number | null;
  meanFleschDouma: number | null;
}

/** Per group: how many texts, how many fail, and the worst figures. */
export function groupFigures(results: readonly B1Result[]): GroupFigures[] {
  const groups = [...new Set(results.map((result) => result.text.group))];
  return groups.map((group) => {
    const inGroup = results.filter((result) => result.text.group === group);
    const words = inGroup.reduce((sum, result) => sum + result.figures.words, 0);
    const sentences = inGroup.reduce((sum, result) => sum + result.figures.sentences.length, 0);
    // Only texts long enough to judge: a two-word label would otherwise set the lowest score.
    const scores = inGroup
      .filter((result) => result.figures.words >= B1_TARGETS.readingEaseMinWords)
      .map((result) => result.figures.fleschDouma);
    return {
      group,
      texts: inGroup.length,
      failed: inGroup.filter((result) => result.failures.length > 0).length,
      averageSentence: sentences === 0 ? 0 : words / sentences,
      longestSentence: Math.max(0, ...inGroup.map((result) => result.figures.longest?.words ?? 0)),
      lowestFleschDouma: scores.length === 0 ? null : Math.min(...scores),
      meanFleschDouma:
        scores.length === 0 ? null : scores.reduce((sum, score) => sum + score, 0) / scores.length,
    };
  });
}
