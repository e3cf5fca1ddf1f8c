import { describe, expect, it } from 'vitest';
import { addEdge, findEdge, removeEdge, updateEdge } from '../../../src/core/editor/edge-edits.ts';
import {
  addGroup,
  newGroup,
  removeGroup,
  renameGroup,
  updateGroup,
} from '../../../src/core/editor/group-edits.ts';
import { updateRouteFields, updateSchool } from '../../../src/core/editor/route-edits.ts';
import { makeEdge, makeGroup, makeNode, makeRoute } from '../factories.ts';

describe('edges', () => {
  it('adds, finds, updates and removes an edge', () => {
    const added = addEdge(makeRoute(), makeEdge('zat', 'mentor', { kind: 'informs' }));
    expect(findEdge(added, { from: 'zat', to: 'mentor', kind: 'informs' })).toBe(2);
    const updated = updateEdge(added, 2, { label: 'terugkoppeling', kind: 'consults' });
    expect(updated.edges[2]).toEqual({
      from: 'zat',
      to: 'mentor',
      kind: 'consults',
      label: 'terugkoppeling',
    });
    expect(updateEdge(updated, 2, { label: undefined }).edges[2]).not.toHaveProperty('label');
    expect(removeEdge(updated, 0).edges.map((edge) => edge.from)).toEqual(['ib', 'zat']);
  });

  it('ignores an index that does not exist', () => {
    const route = makeRoute();
    expect(removeEdge(route, 5)).toBe(route);
    expect(updateEdge(route, 5, { kind: 'informs' })).toBe(route);
  });
});

describe('groups', () => {
  const grouped = () =>
    makeRoute({
      groups: [makeGroup('eerste-schil', { label: 'Eerste schil' })],
      nodes: [makeNode('mentor', { group: 'eerste-schil' }), makeNode('ib')],
      edges: [makeEdge('mentor', 'ib')],
    });

  it('adds a group with an id from its label', () => {
    const route = grouped();
    const group = newGroup(route, 'Eerste schil');
    expect(group).toEqual({ id: 'eerste-schil-2', label: 'Eerste schil' });
    expect(addGroup(route, group).groups).toHaveLength(2);
    expect(addGroup(makeRoute(), makeGroup('zat')).groups).toEqual([makeGroup('zat')]);
  });

  it('renames a group without touching its nodes', () => {
    const next = renameGroup(grouped(), 0, 'Basisondersteuning');
    expect(next.groups?.[0]?.label).toBe('Basisondersteuning');
    expect(next.nodes[0]?.group).toBe('eerste-schil');
  });

  it("changes a group's description but never its id", () => {
    const next = updateGroup(grouped(), 0, { description: 'De basis' });
    expect(next.groups?.[0]).toEqual(
      makeGroup('eerste-schil', { label: 'Eerste schil', description: 'De basis' }),
    );
  });

  it('removes a group and takes its nodes out of it, dropping the empty list', () => {
    const next = removeGroup(grouped(), 0);
    expect(next).not.toHaveProperty('groups');
    expect(next.nodes[0]).toEqual(makeNode('mentor'));
  });
});

describe('route fields', () => {
  it('updates and clears top-level fields', () => {
    const route = makeRoute({ summary: 'Oud' });
    const next = updateRouteFields(route, { title: 'Nieuwe titel', summary: undefined });
    expect(next.title).toBe('Nieuwe titel');
    expect(next).not.toHaveProperty('summary');
    expect(next.nodes).toBe(route.nodes);
  });

  it('creates the school on the first school field typed', () => {
    const next = updateSchool(makeRoute({ kind: 'school' }), { name: 'De Linde' });
    expect(next.school).toEqual({ name: 'De Linde', municipality: '' });
    expect(updateSchool(next, { brin: '12AB' }).school).toEqual({
      name: 'De Linde',
      municipality: '',
      brin: '12AB',
    });
  });
});
