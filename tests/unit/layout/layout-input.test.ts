import { describe, expect, it } from 'vitest';
import { createNodeElk } from '../../../src/layout/elk-node.ts';
import { layoutInputKey } from '../../../src/layout/layout-input.ts';
import { layoutRoute } from '../../../src/layout/layout-route.ts';
import type { Route } from '../../../src/core/route/route-schema.ts';
import { makeEdge, makeGroup, makeNode, makeRoute } from '../factories.ts';

const base = (): Route =>
  makeRoute({
    groups: [makeGroup('schil', { label: 'Eerste schil' })],
    nodes: [
      makeNode('mentor', { group: 'schil' }),
      makeNode('ib'),
      makeNode('zat', { kind: 'team' }),
    ],
    edges: [makeEdge('mentor', 'ib', { label: 'zorgen' }), makeEdge('ib', 'zat')],
  });

/** The same route with every field the layout must ignore filled in or changed. */
const dressed = (): Route => {
  const route = base();
  return {
    ...route,
    kind: 'school',
    title: 'Andere titel',
    summary: 'Samenvatting',
    school: { name: 'De Linde', municipality: 'Voorbeeldstad' },
    verified: '2020-01-01',
    maintainer: 'zorgcoördinator',
    groups: route.groups?.map((group) => ({ ...group, description: 'Uitleg' })),
    nodes: route.nodes.map((node) => ({
      ...node,
      description: 'Wat er gebeurt',
      who: 'Wie',
      when: 'Wanneer',
      consent: 'ouders',
      contact: { phone: '010 123 45 67', how: 'bellen' },
      terms: ['mdo'],
      organisation: 'ggz',
    })),
    edges: route.edges.map((edge) => ({ ...edge, consent: 'ouders' })),
  };
};

describe('layoutInputKey', () => {
  it('ignores every field the layout does not use, and so does the layout', async () => {
    expect(layoutInputKey(dressed())).toBe(layoutInputKey(base()));
    const elk = createNodeElk();
    expect(await layoutRoute(dressed(), elk)).toEqual(await layoutRoute(base(), elk));
  });

  it('changes with anything drawn: a label, a kind, a group, an edge', () => {
    const key = layoutInputKey(base());
    const route = base();
    const variants: Route[] = [
      {
        ...route,
        nodes: route.nodes.map((node, i) => (i === 0 ? { ...node, label: 'Mentor!' } : node)),
      },
      {
        ...route,
        nodes: route.nodes.map((node, i) => (i === 1 ? { ...node, kind: 'step' } : node)),
      },
      {
        ...route,
        nodes: route.nodes.map((node, i) => (i === 1 ? { ...node, group: 'schil' } : node)),
      },
      { ...route, edges: [...route.edges, makeEdge('zat', 'mentor', { kind: 'informs' })] },
      { ...route, edges: route.edges.map((edge) => ({ ...edge, label: 'x' })) },
      { ...route, groups: [makeGroup('schil', { label: 'Basis' })] },
    ];
    for (const variant of variants) expect(layoutInputKey(variant)).not.toBe(key);
  });
});
