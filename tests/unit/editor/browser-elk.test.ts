import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNodeElk } from '../../../src/layout/elk-node.ts';
import { layoutRoute } from '../../../src/layout/layout-route.ts';
import { createBrowserElk } from '../../../src/view/editor/layout/browser-elk.ts';
import { makeRoute } from '../factories.ts';

afterEach(() => vi.unstubAllGlobals());

describe('the editor ELK without a working Web Worker', () => {
  it('falls back to the main thread when Worker does not exist, with the same layout', async () => {
    vi.stubGlobal('Worker', undefined);
    const elk = createBrowserElk();
    expect(elk.mode()).toBe('main-thread');
    const route = makeRoute();
    expect(await layoutRoute(route, elk)).toEqual(await layoutRoute(route, createNodeElk()));
  });

  it('falls back when the worker fails to load', async () => {
    /** A worker whose script cannot be loaded: it reports an error and never answers. */
    class BrokenWorker extends EventTarget {
      onmessage: unknown = null;
      postMessage() {
        setTimeout(() => this.dispatchEvent(new Event('error')), 0);
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', BrokenWorker);
    const elk = createBrowserElk();
    expect(elk.mode()).toBe('worker');
    const layout = await layoutRoute(makeRoute(), elk);
    expect(layout.nodes.map((node) => node.id)).toEqual(['mentor', 'ib', 'zat']);
    expect(elk.mode()).toBe('main-thread');
  });
});

describe('the editor ELK with a worker that never answers', () => {
  /** A worker that loads but never replies; counts how often one is started and stopped. */
  const workers = { started: 0, terminated: 0 };
  class SilentWorker extends EventTarget {
    onmessage: unknown = null;
    constructor() {
      super();
      workers.started++;
    }
    postMessage() {}
    terminate() {
      workers.terminated++;
    }
  }

  it('times out, restarts the worker, lays out on the main thread, and says so', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    const elk = createBrowserElk({ timeoutMs: 50 });
    const layout = await layoutRoute(makeRoute(), elk);
    expect(layout.nodes.map((node) => node.id)).toEqual(['mentor', 'ib', 'zat']);
    expect(workers).toEqual({ started: 2, terminated: 1 });
    expect(elk.mode()).toBe('worker');
    expect(elk.notice()).toMatch(/duurde te lang/);

    // A second silent worker: from then on the main thread does the work.
    await layoutRoute(makeRoute(), elk);
    expect(workers.terminated).toBe(2);
    expect(elk.mode()).toBe('main-thread');
    expect(elk.notice()).toMatch(/in de pagina zelf/);
  });
});
