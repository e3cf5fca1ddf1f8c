import { useMemo } from 'react';
import { diffRoutes } from '../../core/reading/route-diff.ts';
import { CompareCharts } from './compare-charts.tsx';
import type { ComparedRoute } from './compared-route.ts';
import { DiffList } from './diff-list.tsx';

/** The comparison itself: what differs in words, then the two charts. */
export function CompareView({ a, b }: { a: ComparedRoute; b: ComparedRoute }) {
  const diff = useMemo(() => diffRoutes(a.route, b.route), [a.route, b.route]);
  return (
    <>
      <DiffList a={a} b={b} diff={diff} />
      <CompareCharts a={a} b={b} diff={diff} />
    </>
  );
}
