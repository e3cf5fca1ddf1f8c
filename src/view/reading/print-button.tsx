import { useHydrated } from '../chart/use-hydrated.ts';

/** Opens the browser's print dialog, only when the reader asks (never on load). */
export function PrintButton() {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      className="path-button"
      onClick={() => window.print()}
      disabled={!hydrated}
    >
      Afdrukken of bewaren als PDF
    </button>
  );
}
