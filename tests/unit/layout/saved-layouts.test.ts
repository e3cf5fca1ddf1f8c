import { describe, expect, it } from 'vitest';
import {
  type SavedLayout,
  savedLayoutFor,
  savedLayoutsFromText,
  savedLayoutsToText,
  withSavedLayout,
} from '../../../src/layout/saved-layouts.ts';
import { makeEdge, makeNode, makeRoute } from '../factories.ts';
import { columnLayout } from '../view/chart-factories.ts';

const saved = (draftId: string, key = `key-${draftId}`): SavedLayout => ({
  draftId,
  key,
  layout: columnLayout(
    makeRoute({
      nodes: [makeNode('mentor'), makeNode('ib')],
      edges: [makeEdge('mentor', 'ib', { label: 'zorgen' })],
    }),
  ),
});

describe('layouts saved with drafts', () => {
  it('reads back what it wrote for the same layout version', () => {
    const layouts = [saved('a'), saved('b')];
    const text = savedLayoutsToText(layouts, 'layout-3');
    expect(savedLayoutsFromText(text, 'layout-3')).toEqual(layouts);
  });

  it('keeps which connections are drawn on demand, and their labels', () => {
    const layout = saved('a').layout;
    const [first] = layout.edges;
    if (!first?.label) throw new Error('the sample layout has a labelled edge');
    const onDemand: SavedLayout = {
      draftId: 'a',
      key: 'key-a',
      layout: {
        ...layout,
        edges: [{ ...first, onDemand: true, label: { ...first.label, onDemand: true } }],
      },
    };
    const text = savedLayoutsToText([onDemand], 'layout-6');
    expect(savedLayoutsFromText(text, 'layout-6')).toEqual([onDemand]);
  });

  it('ignores layouts of another layout version: they may differ from what ELK makes now', () => {
    const text = savedLayoutsToText([saved('a')], 'layout-2');
    expect(savedLayoutsFromText(text, 'layout-3')).toEqual([]);
  });

  it.each([
    ['nothing stored', null],
    ['broken JSON', '{"version":'],
    ['a foreign value', '"hallo"'],
    [
      'a layout with a node without position',
      '{"version":"v","layouts":[{"draftId":"a","key":"k","layout":{"width":1,"height":1,"nodes":[{"id":"x","lines":[]}],"groups":[],"edges":[]}}]}',
    ],
  ])('treats %s as no saved layouts', (_, text) => {
    expect(savedLayoutsFromText(text, 'v')).toEqual([]);
  });

  it('keeps one layout per draft, newest first, and only as many drafts as asked', () => {
    let layouts: SavedLayout[] = [];
    layouts = withSavedLayout(layouts, saved('a', 'old'), 2);
    layouts = withSavedLayout(layouts, saved('b'), 2);
    layouts = withSavedLayout(layouts, saved('a', 'new'), 2);
    expect(layouts.map((entry) => [entry.draftId, entry.key])).toEqual([
      ['a', 'new'],
      ['b', 'key-b'],
    ]);
    layouts = withSavedLayout(layouts, saved('c'), 2);
    expect(layouts.map((entry) => entry.draftId)).toEqual(['c', 'a']);
  });

  it('finds a draft layout only when the route still has the shape it was made for', () => {
    const layouts = [saved('a', 'shape-1')];
    expect(savedLayoutFor(layouts, 'a', 'shape-1')).toBe(layouts[0]?.layout);
    expect(savedLayoutFor(layouts, 'a', 'shape-2')).toBeUndefined();
    expect(savedLayoutFor(layouts, 'b', 'shape-1')).toBeUndefined();
  });
});
