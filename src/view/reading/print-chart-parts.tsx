import type { Route } from '../../core/route/route-schema.ts';
import type { RouteLayout } from '../../layout/layout-types.ts';
import { StandaloneChart } from '../chart/StandaloneChart.tsx';

/**
 * The chart once more, one group per page, for routes too big to read when the whole
 * chart is scaled to one A4 page. Each part is a window (viewBox) on the same drawing;
 * steps outside any group are in the overview and the text route.
 */
export function PrintChartParts({
  route,
  layout,
  name,
}: {
  route: Route;
  layout: RouteLayout;
  name: string;
}) {
  if (layout.groups.length < 2) return null;
  return (
    <section className="print-chart-parts" aria-labelledby="schemadelen_heading">
      <h2 id="schemadelen_heading">Het schema per onderdeel</h2>
      {layout.groups.map((group) => {
        const label =
          route.groups?.find((candidate) => candidate.id === group.id)?.label ??
          group.lines.join(' ');
        return (
          <figure key={group.id} className="print-chart-part">
            <figcaption>{label}</figcaption>
            <StandaloneChart
              route={route}
              layout={layout}
              title={`Deel van het stroomschema van ${name}: ${label}`}
              legend={false}
              size="fluid"
              crop={group}
            />
          </figure>
        );
      })}
    </section>
  );
}
