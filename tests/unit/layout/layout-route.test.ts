import { beforeAll, describe, expect, it } from 'vitest';
import type { Route } from '../../../src/core/route/route-schema.ts';
import { createNodeElk } from '../../../src/layout/elk-node.ts';
import type { ElkNode } from '../../../src/layout/elk-graph-types.ts';
import { type ElkLayouter, LAYOUT_VERSION, layoutRoute } from '../../../src/layout/layout-route.ts';
import { GROUP_PADDING, groupLabelSize } from '../../../src/layout/measure.ts';
import { GROUP_LINE_HEIGHT, bandLabelTop } from '../../../src/layout/box-metrics.ts';
import { elkToLayout, routeToElkGraph } from '../../../src/layout/route-to-elk.ts';
import { makeEdge, makeGroup, makeNode } from '../factories.ts';
import { layoutProblems } from './layout-checks.ts';
import { randomRoute } from './random-route.ts';
import {
  chainedSchoolRoutes,
  sampleSchoolRoute,
  widePartnersSchoolRoute,
} from './school-routes.ts';

let elk: ElkLayouter;
beforeAll(() => {
  elk = createNodeElk();
});

describe('layoutRoute', () => {
  it('uses the ELK instance it is given, on the graph routeToElkGraph builds', async () => {
    const route = sampleSchoolRoute();
    const seen: ElkNode[] = [];
    const recordingElk: ElkLayouter = {
      layout: async (graph) => {
        seen.push(structuredClone(graph)); // elk.bundled.js writes its results into the input
        return elk.layout(graph);
      },
    };
    const layout = await layoutRoute(route, recordingElk);
    expect(seen).toEqual([routeToElkGraph(route)]);
    expect(layout).toEqual(elkToLayout(route, await elk.layout(routeToElkGraph(route))));
    expect(LAYOUT_VERSION).toMatch(/\S/);
  });

  it('lays out a realistic school route soundly, with every edge label boxed', async () => {
    const route = sampleSchoolRoute();
    const layout = await layoutRoute(route, elk);
    expect(layoutProblems(route, layout)).toEqual([]);
    expect(layout.edges.filter((edge) => edge.label).length).toBe(
      route.edges.filter((edge) => edge.label).length,
    );
  });

  const randomCases = [
    [8, 1],
    [15, 2],
    [25, 3],
    [40, 4],
    [60, 5],
  ] as const;
  it.each(randomCases)(
    'lays out a random %i-node route (seed %i) soundly',
    async (nodeCount, seed) => {
      const route = randomRoute(nodeCount, seed);
      expect(layoutProblems(route, await layoutRoute(route, elk))).toEqual([]);
    },
  );

  it('lays out a 60-node route of three chained school routes soundly', async () => {
    const route = chainedSchoolRoutes(3);
    expect(layoutProblems(route, await layoutRoute(route, elk))).toEqual([]);
  });

  it('lays out a route too wide for balanced placement soundly, and narrower', async () => {
    const route = widePartnersSchoolRoute();
    const layout = await layoutRoute(route, elk);
    expect(layoutProblems(route, layout)).toEqual([]);
    const balanced = elkToLayout(route, await elk.layout(routeToElkGraph(route)));
    expect(layout.width).toBeLessThan(balanced.width);
  });

  it('makes a group wide enough for a long label even around one small node', async () => {
    const label = 'Een groep met een lange naam: ondersteuning buiten de school';
    const route: Route = {
      ...sampleSchoolRoute(),
      groups: [makeGroup('breed', { label })],
      nodes: [makeNode('ib'), makeNode('alleen', { group: 'breed', label: 'Kort' })],
      edges: [makeEdge('ib', 'alleen')],
    };
    const layout = await layoutRoute(route, elk);
    expect(layoutProblems(route, layout)).toEqual([]);
    expect(layout.groups[0]?.width).toBeGreaterThanOrEqual(
      groupLabelSize(label).width + 2 * GROUP_PADDING,
    );
    expect(layout.groups[0]?.width).toBeGreaterThan(layout.nodes[1]?.width ?? Infinity);
  });

  it("draws each band's label above its first boxes, where the layout made room", async () => {
    const route = sampleSchoolRoute();
    const layout = await layoutRoute(route, elk);
    expect(layout.groups.length).toBeGreaterThan(1);
    for (const band of layout.groups) {
      const members = route.nodes.filter((node) => node.group === band.id).map((node) => node.id);
      expect(members.length, band.id).toBeGreaterThan(0);
      const firstTop = Math.min(
        ...layout.nodes.filter((node) => members.includes(node.id)).map((node) => node.y),
      );
      const labelBottom = bandLabelTop(band) + band.lines.length * GROUP_LINE_HEIGHT;
      expect(labelBottom, band.id).toBeLessThanOrEqual(firstTop);
    }
  });

  it('lays out single nodes and routes without edges', async () => {
    const lonely: Route = {
      ...sampleSchoolRoute(),
      groups: [],
      nodes: [makeNode('alleen')],
      edges: [],
    };
    const layout = await layoutRoute(lonely, elk);
    expect(layoutProblems(lonely, layout)).toEqual([]);
    const unconnected: Route = { ...sampleSchoolRoute(), edges: [] };
    expect(layoutProblems(unconnected, await layoutRoute(unconnected, elk))).toEqual([]);
  });

  it('gives identical output for the same input, on the same and on a fresh ELK instance', async () => {
    const route = randomRoute(30, 11);
    const first = await layoutRoute(route, elk);
    expect(await layoutRoute(route, elk)).toEqual(first);
    expect(JSON.stringify(await layoutRoute(route, createNodeElk()))).toBe(JSON.stringify(first));
  });

  it('lays out a 300-node route without errors', { timeout: 60_000 }, async () => {
    const route = randomRoute(300, 300);
    const layout = await layoutRoute(route, elk);
    expect(layout.nodes).toHaveLength(300);
    expect(layoutProblems(route, layout)).toEqual([]);
  });
});
