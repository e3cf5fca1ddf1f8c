/**
 * Any valid route lays out (ELK in Node, as the build runs it): every step placed without
 * overlapping another, inside its group, and every connection routed from border to border.
 * Few runs: each is a real ELK layout; speed is `npm run bench`'s business.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeElk } from '../../../src/layout/elk-node.ts';
import { type ElkLayouter, layoutRoute } from '../../../src/layout/layout-route.ts';
import { layoutableRoute } from '../../../src/core/editor/layoutable-route.ts';
import { brokenDraftArb, validRouteArb } from '../route-arbitraries.ts';
import { layoutProblems } from './layout-checks.ts';

let elk: ElkLayouter;
beforeAll(() => {
  elk = createNodeElk();
});

describe('layout of any valid route', () => {
  it('places every step without overlaps and routes every connection', async () => {
    await fc.assert(
      fc.asyncProperty(validRouteArb({ maxNodes: 12, maxGroups: 3 }), async (route) => {
        const layout = await layoutRoute(route, elk);
        expect(layoutProblems(route, layout)).toEqual([]);
        expect(layout.edges).toHaveLength(route.edges.length);
      }),
      { numRuns: 30 },
    );
  });

  it('lays out any draft the editor can hold, its broken connections left out', async () => {
    await fc.assert(
      fc.asyncProperty(brokenDraftArb({ maxNodes: 8, maxGroups: 2 }), async (draft) => {
        const layout = await layoutRoute(layoutableRoute(draft), elk);
        const ids = new Set(draft.nodes.map((node) => node.id));
        expect(new Set(layout.nodes.map((node) => node.id))).toEqual(ids);
        for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 20 },
    );
  });
});
