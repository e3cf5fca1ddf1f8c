import { afterEach, describe, expect, it, vi } from 'vitest';
import { LayoutTimeout, latestOnly } from '../../../src/layout/latest-only.ts';

afterEach(() => vi.useRealTimers());

describe('latestOnly with a run that never answers', () => {
  it('gives up on it after the timeout, so later requests still run', async () => {
    vi.useFakeTimers();
    const started: number[] = [];
    const queue = latestOnly(
      (input: number) => {
        started.push(input);
        // The first run hangs for ever; later runs answer.
        return input === 1 ? new Promise<number>(() => {}) : Promise.resolve(input * 10);
      },
      { timeoutMs: 1000 },
    );
    const hung = queue.request(1);
    await vi.advanceTimersByTimeAsync(1000);
    const result = await hung;
    expect(result).toMatchObject({ status: 'failed' });
    expect(result.status === 'failed' && result.error).toBeInstanceOf(LayoutTimeout);
    expect(await queue.request(2)).toEqual({ status: 'done', requestId: 2, value: 20 });
    expect(started).toEqual([1, 2]);
  });

  it('drops the answer of a run that comes after its timeout', async () => {
    vi.useFakeTimers();
    let late: (value: number) => void = () => {};
    const queue = latestOnly(
      (input: number) =>
        input === 1 ? new Promise<number>((resolve) => (late = resolve)) : Promise.resolve(input),
      { timeoutMs: 1000 },
    );
    const first = queue.request(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await first).toMatchObject({ status: 'failed' });
    const second = queue.request(2);
    late(1);
    expect(await second).toEqual({ status: 'done', requestId: 2, value: 2 });
  });
});
