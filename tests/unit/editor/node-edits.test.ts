import { describe, expect, it } from 'vitest';
import {
  addNode,
  edgesOfNode,
  newNode,
  removeNode,
  updateNode,
} from '../../../src/core/editor/node-edits.ts';
import { makeEdge, makeNode, makeRoute } from '../factories.ts';

describe('addNode', () => {
  it('appends the node and leaves the original route alone', () => {
    const route = makeRoute();
    const next = addNode(route, makeNode('jgz', { kind: 'service' }));
    expect(next.nodes.map((node) => node.id)).toEqual(['mentor', 'ib', 'zat', 'jgz']);
    expect(route.nodes).toHaveLength(3);
  });

  it('makes a unique id from the label for a new node', () => {
    const route = makeRoute({ nodes: [makeNode('intern-begeleider')] });
    const node = newNode(route, { kind: 'role', label: 'Intern begeleider', group: 'team' });
    expect(node).toEqual({
      id: 'intern-begeleider-2',
      kind: 'role',
      label: 'Intern begeleider',
      group: 'team',
    });
  });
});

describe('updateNode', () => {
  it('sets fields and removes the ones set to undefined', () => {
    const route = makeRoute({ nodes: [makeNode('mentor', { who: 'de mentor' })], edges: [] });
    const next = updateNode(route, 0, { label: 'Mentor (klas)', who: undefined });
    expect(next.nodes[0]).toEqual({ id: 'mentor', kind: 'role', label: 'Mentor (klas)' });
  });

  it('returns the route itself for an index that does not exist', () => {
    const route = makeRoute();
    expect(updateNode(route, 9, { label: 'x' })).toBe(route);
  });
});

describe('removeNode', () => {
  it('removes the node and every edge to or from it', () => {
    const route = makeRoute();
    expect(edgesOfNode(route, 1)).toEqual([0, 1]);
    const next = removeNode(route, 1);
    expect(next.nodes.map((node) => node.id)).toEqual(['mentor', 'zat']);
    expect(next.edges).toEqual([]);
  });

  it('keeps edges that are not attached to the node', () => {
    const next = removeNode(makeRoute(), 0);
    expect(next.edges).toEqual([makeEdge('ib', 'zat', { kind: 'escalates' })]);
  });
});
