/**
 * Stability: a small edit to a route should leave the rest of its chart recognisable,
 * both for readers who know the old chart and for authors watching the editor preview.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Route } from '../../../src/core/route/route-schema.ts';
import { createNodeElk } from '../../../src/layout/elk-node.ts';
import {
  type ElkLayouter,
  layoutRoute,
  READABLE_CHART_WIDTH,
} from '../../../src/layout/layout-route.ts';
import { COMPACT_PLACEMENT_OPTIONS } from '../../../src/layout/elk-options.ts';
import { elkToLayout, routeToElkGraph } from '../../../src/layout/route-to-elk.ts';
import type { RouteLayout } from '../../../src/layout/layout-types.ts';
import { makeEdge, makeNode } from '../factories.ts';
import { randomRoute } from './random-route.ts';
import { sampleSchoolRoute, widePartnersSchoolRoute } from './school-routes.ts';

let elk: ElkLayouter;
beforeAll(() => {
  elk = createNodeElk();
});

/** Nodes (other than the new one) whose box moved by more than 1 px between two layouts. */
function movedNodes(before: RouteLayout, after: RouteLayout): string[] {
  const afterById = new Map(after.nodes.map((node) => [node.id, node]));
  return before.nodes
    .filter((node) => {
      const moved = afterById.get(node.id);
      return (
        moved === undefined || Math.abs(moved.x - node.x) > 1 || Math.abs(moved.y - node.y) > 1
      );
    })
    .map((node) => node.id);
}

/** Clearly (by more than CLEAR px) left of / above, or the opposite: -1, 1, or 0 when about level. */
const CLEAR = 40;
const side = (delta: number) => (delta > CLEAR ? 1 : delta < -CLEAR ? -1 : 0);
const centre = (box: { x: number; y: number; width: number; height: number }) => ({
  x: box.x + box.width / 2,
  y: box.y + box.height / 2,
});

/**
 * The share of node pairs that swap places: one was clearly left of (or above) the other and
 * now clearly is right of (or below) it. This is what makes a chart unrecognisable ("mental
 * map"), unlike a shift of a whole part of the chart, which ELK's layered layout cannot avoid.
 */
function swappedPairShare(before: RouteLayout, after: RouteLayout): number {
  const afterById = new Map(after.nodes.map((node) => [node.id, node]));
  let pairs = 0;
  let swapped = 0;
  before.nodes.forEach((a, index) => {
    for (const b of before.nodes.slice(index + 1)) {
      const a2 = afterById.get(a.id);
      const b2 = afterById.get(b.id);
      if (a2 === undefined || b2 === undefined) continue;
      const [p, q, p2, q2] = [centre(a), centre(b), centre(a2), centre(b2)];
      const flipsX = side(q.x - p.x) * side(q2.x - p2.x) < 0;
      const flipsY = side(q.y - p.y) * side(q2.y - p2.y) < 0;
      pairs++;
      if (flipsX || flipsY) swapped++;
    }
  });
  return swapped / pairs;
}

/** The route plus one new leaf at the end of the file, hanging under `parent` in its group. */
function withLeaf(route: Route, parent: string): Route {
  const leaf = makeNode('nieuw-blad', { kind: 'document', label: 'Nieuw verslag' });
  const group = route.nodes.find((node) => node.id === parent)?.group;
  return {
    ...route,
    nodes: [...route.nodes, { ...leaf, ...(group ? { group } : {}) }],
    edges: [...route.edges, makeEdge(parent, leaf.id, { kind: 'informs' })],
  };
}

/** For each node of the route: the layout after hanging one new leaf under it. */
async function layoutsWithLeaf(
  route: Route,
): Promise<{ before: RouteLayout; after: Map<string, RouteLayout> }> {
  const before = await layoutRoute(route, elk);
  const after = new Map<string, RouteLayout>();
  for (const node of route.nodes)
    after.set(node.id, await layoutRoute(withLeaf(route, node.id), elk));
  return { before, after };
}

describe('stability: adding one leaf node (at the end of the file)', () => {
  // Measured (thoroughness 1, groups as bands in flow order since layout-6): school route
  // 4.2% of pairs swapped on average, 26% at most (a new layer in a middle band reorders that
  // band; with groups as boxes it was ≤ 10%); random route 9.0% on average, 22% at most. With ELK's default thoroughness (7) the
  // random route swaps up to 80% (the chart is mirrored), 30% on average: these bounds fail.
  it.each([
    ['the school route', sampleSchoolRoute()],
    ['a random 25-node route', randomRoute(25, 1)],
  ])(
    'keeps the places of the other nodes in %s: few pairs swap',
    { timeout: 30_000 },
    async (_name, route) => {
      const { before, after } = await layoutsWithLeaf(route);
      const shares = route.nodes.map((node) =>
        swappedPairShare(before, after.get(node.id) as RouteLayout),
      );
      expect(Math.max(...shares)).toBeLessThanOrEqual(0.3);
      expect(shares.reduce((sum, share) => sum + share, 0) / shares.length).toBeLessThanOrEqual(
        0.1,
      );
    },
  );

  // A leaf in the middle makes its group (and so the chart) a layer taller or a column wider,
  // which shifts what lies below or beside it; a leaf at the bottom moves (almost) nothing.
  it('moves at most 20% of the other nodes when the leaf hangs at the bottom of the chart', async () => {
    const route = sampleSchoolRoute();
    const before = await layoutRoute(route, elk);
    const bottomUp = [...before.nodes].sort((a, b) => b.y + b.height - (a.y + a.height));
    for (const parent of bottomUp.slice(0, 5).map((node) => node.id)) {
      const moved = movedNodes(before, await layoutRoute(withLeaf(route, parent), elk));
      expect(moved.length, `leaf under ${parent} moved: ${moved.join(', ')}`).toBeLessThanOrEqual(
        Math.floor(route.nodes.length * 0.2),
      );
    }
  });

  // A chart too wide to read when fitted is placed compactly (layout-route.ts). Measured on
  // this 29-step route: 4.9% of pairs swapped on average, 40% at most (one leaf under the
  // ZAT adds a layer in the middle band); with balanced placement only, 4.7% and 38%.
  it(
    'keeps the places of the other nodes in a chart placed compactly: few pairs swap',
    { timeout: 30_000 },
    async () => {
      const route = widePartnersSchoolRoute();
      const { before, after } = await layoutsWithLeaf(route);
      const shares = route.nodes.map((node) =>
        swappedPairShare(before, after.get(node.id) as RouteLayout),
      );
      expect(Math.max(...shares)).toBeLessThanOrEqual(0.45);
      expect(shares.reduce((sum, share) => sum + share, 0) / shares.length).toBeLessThanOrEqual(
        0.1,
      );
    },
  );
});

describe('stability: a chart that becomes too wide to read when fitted', () => {
  // The compact placement keeps ELK's layers and the order within each layer, so an edit
  // that takes a chart past READABLE_CHART_WIDTH changes it about as much as any other edit.
  it('keeps most pairs in place when the compact placement takes over', async () => {
    const route = widePartnersSchoolRoute();
    const balanced = elkToLayout(route, await elk.layout(routeToElkGraph(route)));
    const compact = await layoutRoute(route, elk);
    expect(balanced.width).toBeGreaterThan(READABLE_CHART_WIDTH);
    expect(compact.width).toBeLessThan(balanced.width);
    expect(swappedPairShare(balanced, compact)).toBeLessThanOrEqual(0.1);
  });

  it('places a chart compactly only when that makes it narrower', async () => {
    const route = widePartnersSchoolRoute();
    const compact = elkToLayout(
      route,
      await elk.layout(routeToElkGraph(route, COMPACT_PLACEMENT_OPTIONS)),
    );
    const chosen = await layoutRoute(route, elk);
    expect(chosen.width).toBe(compact.width);
    const narrow = sampleSchoolRoute();
    const balancedNarrow = elkToLayout(narrow, await elk.layout(routeToElkGraph(narrow)));
    expect(balancedNarrow.width).toBeLessThanOrEqual(READABLE_CHART_WIDTH);
    expect(await layoutRoute(narrow, elk)).toEqual(balancedNarrow);
  });
});
