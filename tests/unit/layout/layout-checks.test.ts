/** The geometry checks must be able to fail, or the layout tests prove nothing. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeElk } from '../../../src/layout/elk-node.ts';
import { layoutRoute } from '../../../src/layout/layout-route.ts';
import type { RouteLayout } from '../../../src/layout/layout-types.ts';
import { onBorder } from './box-geometry.ts';
import { layoutProblems } from './layout-checks.ts';
import { sampleSchoolRoute } from './school-routes.ts';

const route = sampleSchoolRoute();
let good: RouteLayout;

beforeAll(async () => {
  good = await layoutRoute(route, createNodeElk());
});

/** A deep copy to break on purpose. */
const copy = (): RouteLayout => structuredClone(good);

describe('layoutProblems', () => {
  it('finds nothing wrong with a real layout', () => {
    expect(layoutProblems(route, good)).toEqual([]);
  });

  it('sees overlapping nodes', () => {
    const broken = copy();
    const [first, second] = broken.nodes;
    if (first && second) Object.assign(second, { x: first.x + 5, y: first.y + 5 });
    expect(layoutProblems(route, broken).join('\n')).toMatch(/overlap/);
  });

  it('sees a node outside its group', () => {
    const broken = copy();
    const mentor = broken.nodes.find((node) => node.id === 'mentor');
    if (mentor) mentor.x = -1000;
    expect(layoutProblems(route, broken).join('\n')).toMatch(/mentor .* is outside group klas/);
  });

  it('sees an edge that starts away from its source, or runs diagonally', () => {
    const broken = copy();
    const edge = broken.edges[0];
    if (edge?.points[0]) edge.points[0] = { x: edge.points[0].x + 7, y: edge.points[0].y + 9 };
    const problems = layoutProblems(route, broken).join('\n');
    expect(problems).toMatch(/starts at/);
    expect(problems).toMatch(/diagonal/);
  });

  it('sees a missing label box and a missing edge', () => {
    const broken = copy();
    const labelled = broken.edges.find((edge) => edge.label !== undefined);
    if (labelled) delete labelled.label;
    broken.edges.pop();
    const problems = layoutProblems(route, broken).join('\n');
    expect(problems).toMatch(/has no label box/);
    expect(problems).toMatch(/is missing/);
  });

  it('counts a point as on the border within 1 px, and not further away', () => {
    const box = { x: 10, y: 10, width: 100, height: 50 };
    expect(onBorder({ x: 60, y: 10 }, box)).toBe(true);
    expect(onBorder({ x: 60, y: 60.9 }, box)).toBe(true);
    expect(onBorder({ x: 60, y: 12 }, box)).toBe(false);
    expect(onBorder({ x: 60, y: 35 }, box)).toBe(false);
    expect(onBorder({ x: 200, y: 10 }, box)).toBe(false);
  });
});
