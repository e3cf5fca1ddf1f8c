import { Suspense, createElement, type ReactNode, use } from 'react';
import { ContentLink } from '../components/content-link.tsx';
import { loadTermBody } from './term-bodies.ts';

/** MDX draws its links with ContentLink: a link validation missed is still never unsafe. */
export const MDX_COMPONENTS = {
  a: ({ href, children }: { href?: string; children?: ReactNode }) => (
    <ContentLink href={href}>{children}</ContentLink>
  ),
};

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
  return (
    <div className="term-body">{createElement(use(body), { components: MDX_COMPONENTS })}</div>
  );
}
