import { Link } from 'react-router';
import {
  CONTEXT_LABELS,
  type ReaderContext,
  firstSentence,
} from '../../core/glossary/glossary-model.ts';
import type { GlossaryListEntry } from '../../core/glossary/glossary-list.ts';
import { highlightRanges } from '../../core/search-text.ts';
import { Highlighted } from './highlighted.tsx';

/**
 * Meanings as a definition list: label (the defining instance, so `<dfn>`),
 * its context, and the first line of the meaning, with the match marked.
 */
export function TermList({
  entries,
  reader,
  query = '',
}: {
  entries: readonly GlossaryListEntry[];
  reader: ReaderContext | null;
  query?: string;
}) {
  return (
    <dl className="term-list">
      {entries.map((entry) => (
        <div key={entry.id} className="term-item">
          <dt>
            <dfn>
              <Link to={`/begrippen/${entry.term}#${entry.id}`}>
                <Label entry={entry} query={query} />
              </Link>
            </dfn>{' '}
            <span className="context-tag">{CONTEXT_LABELS[entry.context]}</span>
            <OtherName entry={entry} query={query} />
          </dt>
          <dd>
            <Highlighted
              text={firstSentence(reader === 'ouder' ? entry.uitleg : entry.definition)}
              query={query}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Abbreviations are marked up as `<abbr>`, and the expansion is also written out, not only in `title`. */
function Label({ entry, query }: { entry: GlossaryListEntry; query: string }) {
  const label = <Highlighted text={entry.prefLabel} query={query} />;
  const own = entry.abbreviations?.find((a) => a.abbr === entry.prefLabel);
  if (own)
    return (
      <>
        <abbr title={own.expansion}>{label}</abbr>{' '}
        <span className="expansion">({own.expansion})</span>
      </>
    );
  const short = entry.abbreviations?.[0];
  if (!short) return label;
  return (
    <>
      {label}{' '}
      <span className="expansion">
        (<abbr title={short.expansion}>{short.abbr}</abbr>)
      </span>
    </>
  );
}

/** When the match was on another name ("IB'er" for intern begeleider), show that name. */
function OtherName({ entry, query }: { entry: GlossaryListEntry; query: string }) {
  if (!query || highlightRanges(entry.prefLabel, query).length > 0) return null;
  const names = [
    ...(entry.abbreviations ?? []).flatMap((a) => [a.abbr, a.expansion]),
    ...(entry.altLabels ?? []),
  ].filter((name) => name !== entry.prefLabel);
  const other = names.find((name) => highlightRanges(name, query).length > 0);
  if (!other) return null;
  return (
    <span className="other-name">
      {' '}
      ook: <Highlighted text={other} query={query} />
    </span>
  );
}
