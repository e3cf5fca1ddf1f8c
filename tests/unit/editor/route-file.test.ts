import { describe, expect, it } from 'vitest';
import { importRouteText } from '../../../src/core/editor/import-route.ts';
import { routeFileName, routeFileText } from '../../../src/core/editor/route-file.ts';
import type { ContentRefs } from '../../../src/core/route/route-rules.ts';
import { makeEdge, makeNode, makeRoute } from '../factories.ts';

const TODAY = '2026-11-27';
const refs: ContentRefs = { terms: new Set(['mdo']), organisations: new Set() };

describe('routeFileText', () => {
  it('writes the $schema line first and keys in the format order', () => {
    const route = makeRoute({
      nodes: [
        { label: 'Mentor', contact: { email: 'a@b.nl', how: 'mail' }, kind: 'role', id: 'm' },
      ],
      edges: [{ kind: 'refers', to: 'm', from: 'm' }],
      maintainer: 'ib',
      title: 'T',
    });
    const text = routeFileText(route);
    expect(text.split('\n').slice(0, 3)).toEqual([
      '{',
      '  "$schema": "/schema/route.v1.json",',
      '  "version": 1,',
    ]);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual([
      '$schema',
      'version',
      'kind',
      'title',
      'sector',
      'verified',
      'maintainer',
      'nodes',
      'edges',
    ]);
    expect(Object.keys(parsed.nodes[0])).toEqual(['id', 'kind', 'label', 'contact']);
    expect(Object.keys(parsed.nodes[0].contact)).toEqual(['how', 'email']);
    expect(Object.keys(parsed.edges[0])).toEqual(['from', 'to', 'kind']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('gives the same bytes after an import (export → import → export)', () => {
    const route = makeRoute({
      nodes: [makeNode('a', { terms: ['mdo'] }), makeNode('b')],
      edges: [makeEdge('a', 'b')],
    });
    const text = routeFileText(route);
    const imported = importRouteText(text, refs, TODAY);
    expect(imported).toMatchObject({ ok: true, route });
    if (imported.ok) expect(routeFileText(imported.route)).toBe(text);
  });
});

describe('routeFileName', () => {
  it('uses the published slug, else the school name and municipality', () => {
    expect(routeFileName(makeRoute(), 'het-voorbeeld-college')).toBe('het-voorbeeld-college.json');
    const school = makeRoute({
      kind: 'school',
      school: { name: 'De Regenboog', municipality: 'Voorbeeldstad' },
    });
    expect(routeFileName(school)).toBe('de-regenboog-voorbeeldstad.json');
    const named = makeRoute({
      kind: 'school',
      school: { name: 'OBS Zuid Leiden', municipality: 'Leiden' },
    });
    expect(routeFileName(named)).toBe('obs-zuid-leiden.json');
    expect(routeFileName(makeRoute({ title: 'Zorg in de wijk' }))).toBe('zorg-in-de-wijk.json');
  });
});

describe('importRouteText', () => {
  it('lists every problem of an invalid file', () => {
    const route = makeRoute({
      title: '',
      nodes: [makeNode('a', { terms: ['onbekend'] })],
      edges: [makeEdge('a', 'x')],
    });
    const result = importRouteText(JSON.stringify(route), refs, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((problem) => problem.path)).toEqual(['/title']);
    const rules = importRouteText(JSON.stringify({ ...route, title: 'T' }), refs, TODAY);
    if (!rules.ok)
      expect(rules.problems.map((problem) => problem.path)).toEqual([
        '/nodes/0/terms/0',
        '/edges/0/to',
      ]);
  });

  it('hands back the parsed file of a rejected import, to name the places of its problems', () => {
    const file = { ...makeRoute(), title: '' };
    expect(importRouteText(JSON.stringify(file), refs, TODAY)).toMatchObject({
      ok: false,
      file,
    });
  });

  it('says plainly when a file is of a newer version', () => {
    const result = importRouteText(JSON.stringify({ ...makeRoute(), version: 2 }), refs, TODAY);
    expect(result).toMatchObject({ ok: false, newerVersion: 2 });
    if (!result.ok) expect(result.problems[0]?.message).toContain('versie 2');
  });

  it('reports broken JSON with its line, and an empty file', () => {
    expect(importRouteText('{\n  "version": 1,\n}', refs, TODAY)).toMatchObject({
      ok: false,
      problems: [{ line: 3 }],
    });
    expect(importRouteText('  ', refs, TODAY)).toMatchObject({ ok: false });
  });

  it('takes a file with only warnings, and passes the warnings on', () => {
    const route = makeRoute({ nodes: [makeNode('a'), makeNode('los')], edges: [] });
    const result = importRouteText(JSON.stringify(route), refs, TODAY);
    expect(result).toMatchObject({
      ok: true,
      warnings: [{ severity: 'warning' }, { severity: 'warning' }],
    });
  });
});
