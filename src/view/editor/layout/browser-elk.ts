/**
 * ELK for the editor: elkjs's small API module on the main thread, the ELK algorithm
 * in its own Web Worker (elk-worker.min.js, ~470 KB gzip, fetched only when an editor
 * page first lays out). Without Worker support, or when the worker fails to start, the
 * same algorithm runs on the main thread from elk.bundled.js, loaded only then.
 * This is the only module in src/view allowed to import elkjs (see eslint.config.js).
 */
import ELK from 'elkjs/lib/elk-api.js';
import workerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { ElkLayouter } from '../../../layout/layout-route.ts';
import type { ElkNode } from '../../../layout/elk-graph-types.ts';

export type ElkMode = 'worker' | 'main-thread';

/** User Timing measure of one ELK run as the page sees it (worker round trip included). */
export const ELK_MEASURE = 'routekaart:elk';

export interface BrowserElk extends ElkLayouter {
  mode(): ElkMode;
}

async function mainThreadElk(): Promise<ElkLayouter> {
  const { default: BundledElk } = await import('elkjs/lib/elk.bundled.js');
  return new BundledElk();
}

export function createBrowserElk(): BrowserElk {
  let mode: ElkMode = typeof Worker === 'function' ? 'worker' : 'main-thread';
  let fallback: Promise<ElkLayouter> | null = null;
  let workerFailed: (() => void) | null = null;
  const failure = new Promise<'failed'>((resolve) => (workerFailed = () => resolve('failed')));

  let workerElk: ElkLayouter | null = null;
  if (mode === 'worker') {
    try {
      workerElk = new ELK({
        workerUrl,
        workerFactory: (url?: string) => {
          const worker = new Worker(url ?? workerUrl);
          worker.addEventListener('error', () => workerFailed?.());
          return worker;
        },
      });
    } catch {
      mode = 'main-thread';
    }
  }

  const onMainThread = (graph: ElkNode) => {
    mode = 'main-thread';
    fallback ??= mainThreadElk();
    return fallback.then((elk) => elk.layout(graph));
  };

  const layoutSomewhere = async (graph: ElkNode): Promise<ElkNode> => {
    if (mode === 'main-thread' || !workerElk) return onMainThread(graph);
    // A worker that cannot load never answers: race it against its error event.
    const result = await Promise.race([workerElk.layout(graph), failure]);
    return result === 'failed' ? onMainThread(graph) : result;
  };

  return {
    mode: () => mode,
    async layout(graph) {
      const start = performance.now();
      const result = await layoutSomewhere(graph);
      performance.measure(ELK_MEASURE, { start, end: performance.now() });
      return result;
    },
  };
}
