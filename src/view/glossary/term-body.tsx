import { Suspense, createElement, use } from 'react';
import { loadTermBody } from './term-bodies.ts';

/**
 * The MDX body of one meaning. Prerendered in full (the loader preloads it);
 * while hydrating, the server HTML stays until the body's chunk has loaded.
 */
export function TermBody({ id }: { id: string }) {
  return (
    <Suspense fallback={null}>
      <LoadedBody id={id} />
    </Suspense>
  );
}

function LoadedBody({ id }: { id: string }) {
  const body = loadTermBody(id);
  if (!body) return null;
  // The component comes from a module loaded once per file (cached in term-bodies.ts),
  // so it is the same component on every render, not one created during render.
  return <div className="term-body">{createElement(use(body))}</div>;
}
