import { Link } from 'react-router';
import { ContentLink } from '../components/content-link.tsx';
import { formatDutchDate } from '../../core/dates.ts';
import { CONTEXT_PHRASES, type ReaderContext } from '../../core/glossary/glossary-model.ts';
import type { GlossaryEntry } from '../../core/glossary/glossary-schema.ts';
import { TermBody } from './term-body.tsx';
import { Fact } from '../components/fact.tsx';

export interface RelatedLink {
  id: string;
  term: string;
  label: string;
}

/** One meaning of a word, with everything the glossary knows about it. */
export function TermMeaning({
  entry,
  related,
  reader,
}: {
  entry: GlossaryEntry;
  related: readonly RelatedLink[];
  reader: ReaderContext | null;
}) {
  const headingId = `${entry.id}_heading`;
  const definition = <Fact term="Definitie">{entry.definition}</Fact>;
  const uitleg = <Fact term="Uitleg voor ouders">{entry.uitleg}</Fact>;
  return (
    <article id={entry.id} aria-labelledby={headingId} className="meaning" tabIndex={-1}>
      <h2 id={headingId}>
        {entry.prefLabel} <span className="meaning-context">{CONTEXT_PHRASES[entry.context]}</span>
      </h2>
      <dl className="facts">
        {/* A parent reads the plain explanation first. */}
        {reader === 'ouder' && uitleg}
        {definition}
        {reader !== 'ouder' && uitleg}
        {entry.scopeNote && <Fact term="Anders dan elders">{entry.scopeNote}</Fact>}
        {entry.abbreviations && (
          <Fact term="Afkorting">
            {entry.abbreviations.map((a) => (
              <span key={a.abbr} className="abbreviation">
                <abbr title={a.expansion}>{a.abbr}</abbr>: {a.expansion}
              </span>
            ))}
          </Fact>
        )}
        {entry.altLabels && <Fact term="Ook genoemd">{entry.altLabels.join(', ')}</Fact>}
        <ParentWording entry={entry} />
        {related.length > 0 && (
          <Fact term="Verwante begrippen">
            <ul className="inline-list">
              {related.map((link) => (
                <li key={link.id}>
                  <Link to={`/begrippen/${link.term}#${link.id}`}>{link.label}</Link>
                </li>
              ))}
            </ul>
          </Fact>
        )}
        <Fact term="Bronnen">
          <ul className="sources">
            {entry.sources.map((source) => (
              <li key={source.url}>
                <ContentLink href={source.url}>{source.title}</ContentLink>
              </li>
            ))}
          </ul>
        </Fact>
        <Fact term="Laatst nagekeken">
          <time dateTime={entry.lastReviewed}>{formatDutchDate(entry.lastReviewed)}</time>
        </Fact>
      </dl>
      <TermBody id={entry.id} />
    </article>
  );
}

function ParentWording({ entry }: { entry: GlossaryEntry }) {
  const { avoid, prefer } = entry.parentWording ?? {};
  if (!avoid?.length && !prefer?.length) return null;
  return (
    <Fact term="Tegen ouders">
      {avoid?.length ? <span className="wording">Liever niet: {avoid.join(', ')}.</span> : null}{' '}
      {prefer?.length ? <span className="wording">Zeg liever: {prefer.join('; ')}.</span> : null}
    </Fact>
  );
}
