import { useId, useMemo, useState } from 'react';
import type { ReaderContext } from '../../core/glossary/glossary-model.ts';
import type { GlossaryListEntry } from '../../core/glossary/glossary-list.ts';
import { buildSearchIndex } from '../../core/glossary/glossary-search-index.ts';
import { searchGlossary } from '../../core/glossary/glossary-search.ts';
import { AzList } from './az-list.tsx';
import { TermList } from './term-list.tsx';

/**
 * Search box above the A–Z list. Without JavaScript, or with an empty box, the
 * whole list shows; typing replaces it with ranked results on every keystroke.
 */
export function GlossaryBrowser({
  entries,
  reader,
}: {
  entries: readonly GlossaryListEntry[];
  reader: ReaderContext | null;
}) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const searching = query.trim() !== '';
  // Built on the first keystroke, not while the page hydrates: most visits only browse.
  const index = useMemo(() => (searching ? buildSearchIndex(entries) : null), [entries, searching]);
  const results = useMemo(
    () => (index ? searchGlossary(index, query, { context: reader }).map((hit) => hit.entry) : []),
    [index, query, reader],
  );
  return (
    <>
      <form
        role="search"
        aria-label="Begrippen"
        className="finder"
        onSubmit={(event) => event.preventDefault()}
      >
        <label htmlFor={inputId}>Zoek een begrip of afkorting</label>
        <input
          id={inputId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="bijv. MDO, zorgcoördinator of POH-GGZ"
          autoComplete="off"
          spellCheck={false}
        />
      </form>
      <p role="status" className="finder-count">
        {searching ? countText(results.length) : ''}
      </p>
      {searching ? (
        <section aria-labelledby="results_heading">
          <h2 id="results_heading">Gevonden begrippen</h2>
          {results.length > 0 ? (
            <TermList entries={results} reader={reader} query={query} />
          ) : (
            <p>Geen begrip gevonden. Probeer een ander woord of een afkorting.</p>
          )}
        </section>
      ) : (
        <AzList entries={entries} reader={reader} />
      )}
    </>
  );
}

function countText(count: number): string {
  return count === 1 ? '1 begrip gevonden' : `${count} begrippen gevonden`;
}
