import { describe, expect, it } from 'vitest';
import { createLayoutMemo } from '../../../src/layout/layout-memo.ts';
import { makeRoute } from '../factories.ts';
import { columnLayout } from '../view/chart-factories.ts';

const layout = () => columnLayout(makeRoute());

describe('the editor layout memo', () => {
  it('answers a layout input it has seen with the layout made for it', () => {
    const memo = createLayoutMemo(3);
    const remembered = layout();
    memo.set('a', remembered);
    expect(memo.get('a')).toBe(remembered);
    expect(memo.get('b')).toBeUndefined();
  });

  it('forgets the least recently used layout first', () => {
    const memo = createLayoutMemo(2);
    memo.set('a', layout());
    memo.set('b', layout());
    memo.get('a');
    memo.set('c', layout());
    expect(memo.get('b')).toBeUndefined();
    expect(memo.get('a')).toBeDefined();
    expect(memo.get('c')).toBeDefined();
  });

  it('keeps one entry per layout input when the same input is laid out again', () => {
    const memo = createLayoutMemo(2);
    const newer = layout();
    memo.set('a', layout());
    memo.set('a', newer);
    memo.set('b', layout());
    expect(memo.get('a')).toBe(newer);
    expect(memo.get('b')).toBeDefined();
  });
});
