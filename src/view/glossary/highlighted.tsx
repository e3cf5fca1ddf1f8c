import { Fragment } from 'react';
import { highlightRanges } from '../../core/search-text.ts';

/**
 * Text with the search match marked. Split into React nodes, never HTML:
 * glossary text is content and is always rendered as text.
 */
export function Highlighted({ text, query }: { text: string; query: string }) {
  const ranges = query ? highlightRanges(text, query) : [];
  if (ranges.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    if (start > from) parts.push(<Fragment key={`t${from}`}>{text.slice(from, start)}</Fragment>);
    parts.push(<mark key={`m${start}`}>{text.slice(start, end)}</mark>);
    from = end;
  }
  if (from < text.length) parts.push(<Fragment key={`t${from}`}>{text.slice(from)}</Fragment>);
  return <>{parts}</>;
}
