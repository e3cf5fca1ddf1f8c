import { useMemo } from 'react';
import type { RouteDiff } from '../../core/reading/route-diff.ts';
import { svgUrl } from '../../core/route/reading-urls.ts';
import { makeHighlight } from '../chart/chart-highlight.ts';
import { StandaloneChart } from '../chart/StandaloneChart.tsx';
import type { ComparedRoute } from './compared-route.ts';

/** The two charts side by side; in each, what only that route has is marked. */
export function CompareCharts({
  a,
  b,
  diff,
}: {
  a: ComparedRoute;
  b: ComparedRoute;
  diff: RouteDiff;
}) {
  const marks = useMemo(
    () => ({
      a: makeHighlight(
        diff.nodesOnlyInA.map((node) => node.id),
        [...diff.edgesOnlyInA, ...diff.edgeKindChanges.map((c) => c.a)],
        'alleen in deze route',
      ),
      b: makeHighlight(
        diff.nodesOnlyInB.map((node) => node.id),
        [...diff.edgesOnlyInB, ...diff.edgeKindChanges.map((c) => c.b)],
        'alleen in deze route',
      ),
    }),
    [diff],
  );
  const anyLayout = Boolean(a.layout && b.layout);
  return (
    <section className="compare-charts-section" aria-labelledby="schemas_heading">
      <h2 id="schemas_heading">De twee schema’s naast elkaar</h2>
      {anyLayout && (
        <p>
          In elk schema is met een dikke rand gemarkeerd wat alleen in die route voorkomt; wat beide
          routes hebben is vervaagd. De lijsten hierboven zeggen hetzelfde in woorden.
        </p>
      )}
      <div className="compare-charts">
        {[
          { side: a, highlight: marks.a },
          { side: b, highlight: marks.b },
        ].map(({ side, highlight }) => (
          <figure key={side.slug} className="compare-chart">
            <figcaption>
              <a href={side.url}>{side.name}</a>
            </figcaption>
            {side.layout ? (
              <StandaloneChart
                route={side.route}
                layout={side.layout}
                title={`Stroomschema: ${side.name}`}
                highlight={highlight}
                legend={false}
                size="fluid"
              />
            ) : (
              <img
                src={svgUrl(side.url)}
                alt={`Stroomschema: ${side.name}. De verschillen staan hierboven als tekst.`}
              />
            )}
          </figure>
        ))}
      </div>
    </section>
  );
}
