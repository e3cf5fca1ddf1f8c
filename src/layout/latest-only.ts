/**
 * Runs layouts one at a time where only the newest request matters (the editor asks
 * for a layout after every keystroke). A request made while one runs replaces any
 * waiting request; results of requests that a newer one overtook are dropped, so an
 * old layout can never overwrite a newer one on screen. With a timeout, a run that never
 * answers fails with LayoutTimeout and the queue moves on: one stuck layout must not
 * block every later one. Its answer, should it still come, is dropped.
 */
export type LatestResult<T> =
  | { status: 'done'; requestId: number; value: T }
  | { status: 'stale'; requestId: number }
  | { status: 'failed'; requestId: number; error: unknown };

interface Waiting<I, T> {
  requestId: number;
  input: I;
  resolve: (result: LatestResult<T>) => void;
}

export interface LatestOnly<I, T> {
  request(input: I): Promise<LatestResult<T>>;
}

export interface LatestOnlyOptions {
  /** Give up on a run after this many milliseconds. */
  timeoutMs?: number;
}

export class LayoutTimeout extends Error {
  constructor(timeoutMs: number) {
    super(
      `het opmaken gaf na ${Math.round(timeoutMs / 1000)} seconden geen antwoord. ` +
        'Bij de volgende wijziging wordt het opnieuw geprobeerd.',
    );
    this.name = 'LayoutTimeout';
  }
}

export function latestOnly<I, T>(
  run: (input: I) => Promise<T>,
  { timeoutMs }: LatestOnlyOptions = {},
): LatestOnly<I, T> {
  let newest = 0;
  let running = false;
  let waiting: Waiting<I, T> | null = null;

  const start = (job: Waiting<I, T>) => {
    running = true;
    let settled = false;
    const settle = (result: LatestResult<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      finish(job, result);
    };
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(
            () =>
              settle({
                status: 'failed',
                requestId: job.requestId,
                error: new LayoutTimeout(timeoutMs),
              }),
            timeoutMs,
          );
    run(job.input).then(
      (value) => settle({ status: 'done', requestId: job.requestId, value }),
      (error: unknown) => settle({ status: 'failed', requestId: job.requestId, error }),
    );
  };

  const finish = (job: Waiting<I, T>, result: LatestResult<T>) => {
    running = false;
    job.resolve(job.requestId === newest ? result : { status: 'stale', requestId: job.requestId });
    const next = waiting;
    waiting = null;
    if (next) start(next);
  };

  return {
    request(input) {
      const requestId = ++newest;
      return new Promise((resolve) => {
        const job = { requestId, input, resolve };
        if (!running) return start(job);
        waiting?.resolve({ status: 'stale', requestId: waiting.requestId });
        waiting = job;
      });
    },
  };
}
