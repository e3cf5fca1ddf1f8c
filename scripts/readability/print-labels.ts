/**
 * Which step labels a printed page holds, from the page's extracted text. Whitespace is
 * dropped on both sides, because a chart label is drawn over several lines and the text
 * extractor may break or join them differently. A label counts when its drawn text or its
 * full text occurs; the same words elsewhere on the page (a heading, the text route) count
 * too, so short labels can be over-counted, never under-counted.
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

export function labelsOnPage(pageText: string, labels: readonly ExpectedLabel[]): string[] {
  const page = squash(pageText);
  return labels
    .filter(({ texts }) =>
      texts.some((text) => squash(text).length > 0 && page.includes(squash(text))),
    )
    .map(({ id }) => id);
}

/** pdftotext separates pages with a form feed (and ends the last one with one too). */
export function splitPages(text: string): string[] {
  const pages = text.split('\f');
  if (pages.length > 1 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}
