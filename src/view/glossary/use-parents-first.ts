/**
 * Whether a term page opened from a text for parents (`?voor=ouders`, see parent-urls.ts)
 * shows the parents' meaning first. Read once React runs: the prerendered page has no
 * query, so the first render must not depend on it. Choosing a context ends it.
 */
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ReaderContext } from '../../core/glossary/glossary-model.ts';
import { useHydrated } from '../chart/use-hydrated.ts';

export function useParentsFirst(
  setReader: (next: ReaderContext) => void,
): [boolean, (next: ReaderContext) => void] {
  const hydrated = useHydrated();
  const [searchParams] = useSearchParams();
  const [chosen, setChosen] = useState(false);
  const choose = useCallback(
    (next: ReaderContext) => {
      setChosen(true);
      setReader(next);
    },
    [setReader],
  );
  return [hydrated && !chosen && searchParams.get('voor') === 'ouders', choose];
}
