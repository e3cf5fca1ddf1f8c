/**
 * B1 figures of one text: words per sentence and Flesch–Douma reading ease, the Dutch
 * version of Flesch: 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence.
 */
import { splitSentences, wordsOf } from './sentences.ts';
import { countSyllables } from './syllables.ts';

export interface SentenceFigures {
  text: string;
  words: number;
}

export interface Readability {
  sentences: SentenceFigures[];
  words: number;
  syllables: number;
  /** Words per sentence. */
  averageSentence: number;
  longest: SentenceFigures | null;
  fleschDouma: number;
}

export function fleschDouma(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 100;
  return 206.84 - 0.77 * ((100 * syllables) / words) - 0.93 * (words / sentences);
}

export function measureReadability(text: string): Readability {
  const sentences = splitSentences(text).map((sentence) => ({
    text: sentence,
    words: wordsOf(sentence).length,
  }));
  const allWords = sentences.flatMap((sentence) => wordsOf(sentence.text));
  const syllables = allWords.reduce((sum, word) => sum + countSyllables(word), 0);
  const longest = sentences.reduce<SentenceFigures | null>(
    (best, sentence) => (best === null || sentence.words > best.words ? sentence : best),
    null,
  );
  return {
    sentences,
    words: allWords.length,
    syllables,
    averageSentence: sentences.length === 0 ? 0 : allWords.length / sentences.length,
    longest,
    fleschDouma: fleschDouma(allWords.length, sentences.length, syllables),
  };
}
