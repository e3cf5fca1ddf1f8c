import { useCallback, useEffect, useState } from 'react';

/**
 * The selected node lives in the URL fragment (`#mentor`), so a link to a step
 * can be shared. Prerendered HTML starts with nothing selected; the fragment is
 * read after hydration, and selecting replaces the fragment without a jump.
 */
export function useHashSelection(ids: readonly string[]): [string | null, (id: string) => void] {
  const [selected, setSelected] = useState<string | null>(null);
  const known = ids.join(' ');

  useEffect(() => {
    const valid = new Set(known.split(' '));
    const readHash = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (valid.has(id)) setSelected(id);
    };
    readHash();
    window.addEventListener('hashchange', readHash);
    return () => window.removeEventListener('hashchange', readHash);
  }, [known]);

  const select = useCallback((id: string) => {
    setSelected(id);
    window.history.replaceState(window.history.state, '', `#${id}`);
  }, []);

  return [selected, select];
}
