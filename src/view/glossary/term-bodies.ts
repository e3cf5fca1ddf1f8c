/**
 * The longer explanation of each meaning: the MDX body of its glossary file,
 * compiled to a React component by @mdx-js/rollup. One lazy chunk per file, so
 * a term page loads only its own bodies and /begrippen loads none.
 */
import type { MDXProps } from 'mdx/types';
import type { ComponentType, ReactPromise } from 'react';

type Body = ComponentType<MDXProps>;

const modules = import.meta.glob<{ default: Body }>('/content/glossary/*.mdx');

const loaded = new Map<string, ReactPromise<Body>>();

export function loadTermBody(id: string): ReactPromise<Body> | null {
  const load = modules[`/content/glossary/${id}.mdx`];
  if (!load) return null;
  let body = loaded.get(id);
  if (!body) {
    // A chunk that fails to load (offline) leaves out the longer explanation only.
    const promise = load().then(
      (module) => module.default,
      () => NoBody,
    );
    // React's use() reads a settled promise synchronously by these fields. They
    // are set before any awaiting caller resumes: the prerender's loader awaits
    // the bodies, so rendering then never suspends and the HTML is complete.
    void promise.then((value) => Object.assign(promise, { status: 'fulfilled', value }));
    body = promise;
    loaded.set(id, body);
  }
  return body;
}

function NoBody() {
  return null;
}

export async function preloadTermBodies(ids: readonly string[]): Promise<void> {
  await Promise.all(ids.map((id) => loadTermBody(id)));
}
