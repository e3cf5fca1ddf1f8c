import { describe, expect, it } from 'vitest';
import { readEditableRoute } from '../../../src/core/editor/editable-route.ts';
import { layoutableRoute } from '../../../src/core/editor/layoutable-route.ts';
import { slugify, uniqueId } from '../../../src/core/editor/new-ids.ts';
import { routeFromTemplate } from '../../../src/core/editor/new-draft.ts';
import { problemTarget } from '../../../src/core/editor/problem-target.ts';
import { latestOnly } from '../../../src/layout/latest-only.ts';
import { makeEdge, makeNode, makeRoute } from '../factories.ts';

describe('ids', () => {
  it('makes identifiers from Dutch labels', () => {
    expect(slugify('Zorgcoördinator (ZC)')).toBe('zorgcoordinator-zc');
    expect(slugify('   ')).toBe('stap');
    expect(slugify('x'.repeat(80))).toHaveLength(64);
    expect(uniqueId('mentor', ['mentor', 'mentor-2'])).toBe('mentor-3');
  });
});

describe('readEditableRoute', () => {
  it('accepts a draft that breaks content rules but refuses a wrong structure', () => {
    expect(readEditableRoute(makeRoute({ title: '' }))).toMatchObject({ ok: true });
    expect(readEditableRoute(makeRoute({ nodes: [] }))).toMatchObject({ ok: true });
    expect(
      readEditableRoute({ ...makeRoute(), nodes: [{ id: 'a', kind: 'vogel', label: 'a' }] }),
    ).toMatchObject({ ok: false });
    expect(readEditableRoute({ ...makeRoute(), extra: 1 })).toMatchObject({ ok: false });
    expect(readEditableRoute(null)).toMatchObject({ ok: false });
  });

  it('names an unknown field itself, not only the object that holds it', () => {
    const withField = (value: object) => JSON.parse(JSON.stringify(value)) as unknown;
    expect(readEditableRoute(withField({ ...makeRoute(), constructor: 1 }))).toEqual({
      ok: false,
      reason: 'geen route in het verwachte formaat bij /constructor',
    });
    const node = JSON.parse('{"id":"a","kind":"role","label":"a","__proto__":{"polluted":1}}');
    expect(readEditableRoute({ ...makeRoute(), nodes: [node] })).toEqual({
      ok: false,
      reason: 'geen route in het verwachte formaat bij /nodes/0/__proto__',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('layoutableRoute', () => {
  it('returns a valid route itself, so it is laid out as the build does', () => {
    const route = makeRoute();
    expect(layoutableRoute(route)).toBe(route);
  });

  it('drops repeated node ids and edges to their own node', () => {
    const route = makeRoute({
      nodes: [makeNode('a'), makeNode('a'), makeNode('b')],
      edges: [makeEdge('a', 'a'), makeEdge('a', 'b')],
    });
    const result = layoutableRoute(route);
    expect(result.nodes.map((node) => node.id)).toEqual(['a', 'b']);
    expect(result.edges).toEqual([makeEdge('a', 'b')]);
  });
});

describe('routeFromTemplate', () => {
  it('turns a template into a school route that asks for the school', () => {
    const route = routeFromTemplate(makeRoute({ summary: 'Algemeen', sector: 'vo' }), '2026-12-01');
    expect(route).toMatchObject({
      kind: 'school',
      sector: 'vo',
      verified: '2026-12-01',
      maintainer: '',
      school: { name: '', municipality: '' },
    });
    expect(route).not.toHaveProperty('summary');
    expect(
      routeFromTemplate(makeRoute({ kind: 'care', sector: undefined }), '2026-12-01').kind,
    ).toBe('care');
  });
});

describe('problemTarget', () => {
  it('maps a problem to the item and the field to focus', () => {
    expect(problemTarget('/nodes/3/label')).toEqual({
      section: 'node',
      index: 3,
      field: '/nodes/3/label',
    });
    expect(problemTarget('/nodes/3/terms/1')).toEqual({
      section: 'node',
      index: 3,
      field: '/nodes/3/terms',
    });
    expect(problemTarget('/nodes/3/contact/phone')).toEqual({
      section: 'node',
      index: 3,
      field: '/nodes/3/contact/phone',
    });
    expect(problemTarget('/nodes/2')).toEqual({
      section: 'node',
      index: 2,
      field: '/nodes/2/label',
    });
    expect(problemTarget('/edges/0')).toEqual({
      section: 'edge',
      index: 0,
      field: '/edges/0/kind',
    });
    expect(problemTarget('/groups/1/id')).toEqual({
      section: 'group',
      index: 1,
      field: '/groups/1/id',
    });
    expect(problemTarget('/school/name')).toEqual({ section: 'route', field: '/school/name' });
    expect(problemTarget('/school')).toEqual({ section: 'route', field: '/school/name' });
    expect(problemTarget('/verified')).toEqual({ section: 'route', field: '/verified' });
    expect(problemTarget('')).toEqual({ section: 'route', field: '/title' });
  });
});

describe('latestOnly', () => {
  it('runs one at a time, skips overtaken requests and drops stale results', async () => {
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const queue = latestOnly((input: number) => {
      started.push(input);
      return new Promise<number>((resolve) => releases.push(() => resolve(input * 10)));
    });
    const first = queue.request(1);
    const second = queue.request(2);
    const third = queue.request(3);
    expect(await second).toEqual({ status: 'stale', requestId: 2 });
    releases[0]!();
    expect(await first).toEqual({ status: 'stale', requestId: 1 });
    await Promise.resolve();
    expect(started).toEqual([1, 3]);
    releases[1]!();
    expect(await third).toEqual({ status: 'done', requestId: 3, value: 30 });
  });

  it('reports a failed layout', async () => {
    const queue = latestOnly(() => Promise.reject(new Error('kapot')));
    expect(await queue.request(1)).toMatchObject({ status: 'failed' });
  });
});
