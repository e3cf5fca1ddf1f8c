/**
 * Sentences and words of a plain text. A sentence ends at . ! or ? before a capital, a digit
 * or a quote ("'s Avonds"), so "bijv. de mentor" and "8.30 uur" stay inside one sentence.
 */
const SENTENCE_END = /(?<=[.!?])["”’)]?\s+(?=["“‘'(]?[\p{Lu}\p{N}'])/u;
const WORD = /[\p{L}\p{N}]/u;

export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0);
}

/** Words as they are read: "POH-GGZ" and "8.30–17.00" are one word each. */
export function wordsOf(sentence: string): string[] {
  return sentence
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => WORD.test(token));
}
