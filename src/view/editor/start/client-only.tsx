/**
 * Editor pages are prerendered, but drafts live in this browser's storage: their content
 * appears only after hydration, so the prerendered HTML and the first render agree.
 */
import type { ReactNode } from 'react';
import { useHydrated } from '../../chart/use-hydrated.ts';

export function ClientOnly({
  children,
  fallback,
}: {
  children: () => ReactNode;
  fallback: ReactNode;
}) {
  const hydrated = useHydrated();
  return <>{hydrated ? children() : fallback}</>;
}

export function EditorLoading() {
  return (
    <p className="editor-loading">
      De editor wordt geladen. Werkt er niets? Dan staat JavaScript uit: de editor heeft JavaScript
      nodig. Een route maken kan ook met een teksteditor, zie <a href="/publiceren">Publiceren</a>.
    </p>
  );
}
