import {
  ALPHABET,
  type GlossaryListEntry,
  groupByInitial,
} from '../../core/glossary/glossary-list.ts';
import type { ReaderContext } from '../../core/glossary/glossary-model.ts';
import { TermList } from './term-list.tsx';

/** Every meaning under its initial, with an A–Z index of the letters that have entries. */
export function AzList({
  entries,
  reader,
}: {
  entries: readonly GlossaryListEntry[];
  reader: ReaderContext | null;
}) {
  const groups = groupByInitial(entries, reader);
  const present = new Set(groups.map((group) => group.letter));
  return (
    <>
      <nav aria-label="Begrippen van A tot Z" className="az-index">
        <ul>
          {ALPHABET.map((letter) => (
            <li key={letter}>
              {present.has(letter) ? (
                <a href={`#${letterId(letter)}`}>{letter}</a>
              ) : (
                <span className="az-empty">{letter}</span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ letter, entries: inGroup }) => (
        <section key={letter} aria-labelledby={letterId(letter)} className="az-group">
          <h2 id={letterId(letter)}>{letter}</h2>
          <TermList entries={inGroup} reader={reader} />
        </section>
      ))}
    </>
  );
}

/** Page ids use "_" (see root.tsx); labels that start with a digit share one group. */
function letterId(letter: string): string {
  return letter === '#' ? 'letter_overig' : `letter_${letter}`;
}
