/**
 * ELK for the editor: elkjs's small API module on the main thread, the ELK algorithm
 * in its own Web Worker (elk-worker.min.js, ~470 KB gzip, fetched only when an editor
 * page first lays out). Without Worker support, or when the worker fails to start, the
 * same algorithm runs on the main thread from elk.bundled.js, loaded only then.
 * A worker that does not answer within the timeout is stopped and a fresh one started;
 * that layout is made on the main thread instead. When the fresh one does not answer
 * either, the main thread does all layouts. notice() says so in words for the user.
 * This is the only module in src/view allowed to import elkjs (see eslint.config.js).
 */
import ELK from 'elkjs/lib/elk-api.js';
import workerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { ElkLayouter } from '../../../layout/layout-route.ts';
import type { ElkNode } from '../../../layout/elk-graph-types.ts';

export type ElkMode = 'worker' | 'main-thread';

/** User Timing measure of one ELK run as the page sees it (worker round trip included). */
export const ELK_MEASURE = 'routekaart:elk';

/** Far above the slowest layout measured (500 steps on a loaded two-core machine: ~4 s). */
export const ELK_TIMEOUT_MS = 20_000;

export interface BrowserElk extends ElkLayouter {
  mode(): ElkMode;
  /** What the user should know about how layouts are made now, or null when all is well. */
  notice(): string | null;
}

export interface BrowserElkOptions {
  timeoutMs?: number;
}

interface RunningWorker {
  elk: InstanceType<typeof ELK>;
  /** Resolves when the worker reports an error (a script that cannot load never answers). */
  failed: Promise<'failed'>;
}

const RESTARTED =
  'Het opmaken van het schema duurde te lang. Het hulpproces is opnieuw gestart; dit schema is in de pagina zelf opgemaakt.';
const MAIN_THREAD =
  'Het hulpproces voor het opmaken reageerde niet: het schema wordt nu in de pagina zelf opgemaakt. Dat kan even duren.';

async function mainThreadElk(): Promise<ElkLayouter> {
  const { default: BundledElk } = await import('elkjs/lib/elk.bundled.js');
  return new BundledElk();
}

function startWorker(): RunningWorker | null {
  let reportFailure = () => {};
  const failed = new Promise<'failed'>((resolve) => (reportFailure = () => resolve('failed')));
  try {
    const elk = new ELK({
      workerUrl,
      workerFactory: (url?: string) => {
        const worker = new Worker(url ?? workerUrl);
        worker.addEventListener('error', reportFailure);
        return worker;
      },
    });
    return { elk, failed };
  } catch {
    return null;
  }
}

/** The promise's value, or 'timeout' when it takes longer than `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createBrowserElk({
  timeoutMs = ELK_TIMEOUT_MS,
}: BrowserElkOptions = {}): BrowserElk {
  let worker = typeof Worker === 'function' ? startWorker() : null;
  let mode: ElkMode = worker ? 'worker' : 'main-thread';
  let fallback: Promise<ElkLayouter> | null = null;
  let notice: string | null = null;
  let timeouts = 0;

  const onMainThread = (graph: ElkNode) => {
    fallback ??= mainThreadElk();
    return fallback.then((elk) => elk.layout(graph));
  };
  const stopWorker = () => {
    worker?.elk.terminateWorker();
    worker = null;
    mode = 'main-thread';
  };

  const layoutSomewhere = async (graph: ElkNode): Promise<ElkNode> => {
    if (mode === 'main-thread' || !worker) return onMainThread(graph);
    const current = worker;
    const result = await withTimeout(
      Promise.race([current.elk.layout(graph), current.failed]),
      timeoutMs,
    );
    if (result === 'failed') {
      stopWorker();
      return onMainThread(graph);
    }
    if (result === 'timeout') {
      stopWorker();
      timeouts++;
      // The first time, a fresh worker gets another chance with the next layout.
      if (timeouts === 1) worker = startWorker();
      if (worker) mode = 'worker';
      notice = worker ? RESTARTED : MAIN_THREAD;
      return onMainThread(graph);
    }
    timeouts = 0;
    notice = null;
    return result;
  };

  return {
    mode: () => mode,
    notice: () => notice,
    async layout(graph) {
      const start = performance.now();
      const result = await layoutSomewhere(graph);
      performance.measure(ELK_MEASURE, { start, end: performance.now() });
      return result;
    },
  };
}
