import { describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  canRedo,
  canUndo,
  createHistory,
  markHistory,
  pushHistory,
  redoHistory,
  undoHistory,
} from '../../../src/core/editor/history.ts';

describe('history', () => {
  it('undoes and redoes each step', () => {
    let history = createHistory('a');
    history = pushHistory(history, 'b');
    history = pushHistory(history, 'c');
    history = undoHistory(history);
    expect(history.present).toBe('b');
    history = undoHistory(history);
    expect(history.present).toBe('a');
    expect(canUndo(history)).toBe(false);
    history = redoHistory(redoHistory(history));
    expect(history.present).toBe('c');
    expect(canRedo(history)).toBe(false);
  });

  it('merges changes with the same key into one step until a mark', () => {
    let history = createHistory('');
    for (const text of ['M', 'Me', 'Men']) history = pushHistory(history, text, '/title');
    expect(history.past).toEqual(['']);
    history = markHistory(history);
    history = pushHistory(history, 'Ment', '/title');
    expect(history.past).toEqual(['', 'Men']);
    expect(undoHistory(history).present).toBe('Men');
  });

  it('starts a new step for another key', () => {
    let history = pushHistory(createHistory('a'), 'ab', '/title');
    history = pushHistory(history, 'ab!', '/summary');
    expect(history.past).toEqual(['a', 'ab']);
  });

  it('drops the redo stack on a new change', () => {
    let history = pushHistory(pushHistory(createHistory(1), 2), 3);
    history = pushHistory(undoHistory(history), 4);
    expect(history.future).toEqual([]);
    expect(history.past).toEqual([1, 2]);
  });

  it('ignores a change to the same value and undo or redo at the ends', () => {
    const history = createHistory('a');
    expect(pushHistory(history, 'a')).toBe(history);
    expect(undoHistory(history).present).toBe('a');
    expect(redoHistory(history).present).toBe('a');
  });

  it(`keeps at least 100 (and at most ${HISTORY_LIMIT}) steps`, () => {
    let history = createHistory(0);
    for (let step = 1; step <= 300; step++) history = pushHistory(history, step);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    let undone = history;
    for (let step = 0; step < 100; step++) undone = undoHistory(undone);
    expect(undone.present).toBe(200);
  });
});
