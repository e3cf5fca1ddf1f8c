/**
 * Which step labels the chart puts on a printed page. The page is printed twice, the second
 * time with the chart's label text hidden (visibility: hidden changes no layout); a label
 * is on the page when its text occurs more often in the first print than in the second. So
 * the same words in a heading, the intro or the text route do not count.
 *
 * Whitespace is dropped on both sides, because a chart label is drawn over several lines
 * and the text extractor may break or join them differently.
 */
export interface ExpectedLabel {
  id: string;
  /** Texts that show the label: as drawn (lines joined, perhaps shortened with "…"), in full. */
  texts: readonly string[];
}

/** NFKC undoes ligatures ("ﬁ") that PDF text extraction can leave; soft hyphens go too. */
export function squash(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00ad]+/g, '');
}

export function occurrences(haystack: string, needle: string): number {
  if (needle.length === 0) return 0;
  let count = 0;
  for (
    let at = haystack.indexOf(needle);
    at !== -1;
    at = haystack.indexOf(needle, at + needle.length)
  )
    count++;
  return count;
}

/** Ids of the labels the chart adds to the page: `withLabels` minus `withoutLabels`. */
export function chartLabelsOnPage(
  withLabels: string,
  withoutLabels: string,
  labels: readonly ExpectedLabel[],
): string[] {
  const shown = squash(withLabels);
  const hidden = squash(withoutLabels);
  return labels
    .filter(({ texts }) =>
      texts.some((text) => occurrences(shown, squash(text)) > occurrences(hidden, squash(text))),
    )
    .map(({ id }) => id);
}

/** pdftotext separates pages with a form feed (and ends the last one with one too). */
export function splitPages(text: string): string[] {
  const pages = text.split('\f');
  if (pages.length > 1 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}
