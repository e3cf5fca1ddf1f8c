import { describe, expect, it } from 'vitest';
import type { RouteLayout } from '../../../src/layout/layout-types.ts';
import { buildFlow } from '../../../src/view/editor/canvas/flow-model.ts';
import { makeEdge, makeNode, makeRoute } from '../factories.ts';

const route = makeRoute({
  nodes: [makeNode('mentor'), makeNode('ib'), makeNode('ouders')],
  edges: [makeEdge('mentor', 'ib'), makeEdge('ouders', 'mentor', { kind: 'informs' })],
});
const box = (id: string, y: number) => ({ id, x: 0, y, width: 120, height: 32, lines: [id] });
const layout: RouteLayout = {
  width: 200,
  height: 300,
  groups: [],
  nodes: [box('mentor', 0), box('ib', 100), box('ouders', 200)],
  edges: [
    {
      id: 'mentor->ib:refers',
      from: 'mentor',
      to: 'ib',
      points: [
        { x: 60, y: 32 },
        { x: 60, y: 100 },
      ],
    },
    {
      id: 'ouders->mentor:informs',
      from: 'ouders',
      to: 'mentor',
      points: [
        { x: 60, y: 200 },
        { x: 60, y: 32 },
      ],
      onDemand: true,
    },
  ],
};
const hiddenIds = (selection: { nodeId?: string; edgeId?: string }) =>
  buildFlow(route, layout, selection)
    .edges.filter((edge) => edge.hidden)
    .map((edge) => edge.id);

describe('the editor canvas draws the main flow like the route page', () => {
  it('hides a relation drawn on demand until one of its steps or the connection is chosen', () => {
    expect(hiddenIds({})).toEqual(['ouders->mentor:informs']);
    expect(hiddenIds({ nodeId: 'ib' })).toEqual(['ouders->mentor:informs']);
    expect(hiddenIds({ nodeId: 'ouders' })).toEqual([]);
    expect(hiddenIds({ edgeId: 'ouders->mentor:informs' })).toEqual([]);
  });
});
