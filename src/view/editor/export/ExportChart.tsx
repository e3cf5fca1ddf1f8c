/**
 * The chart as a standalone SVG document, drawn by the same pieces as the route page
 * (ChartScene, NodeFigure, ChartEdge) from the ELK layout, so edges and arrowheads are
 * part of the picture (a DOM screenshot of React Flow loses them). Every node carries
 * its full label as a <title>, so a shortened label is still in the file.
 */
import { NODE_KIND_LABELS } from '../../../core/route/route-model.ts';
import type { Route } from '../../../core/route/route-schema.ts';
import type { RouteLayout } from '../../../layout/layout-types.ts';
import { FONT_FAMILY } from '../../chart/chart-font.ts';
import { buildChartModel } from '../../chart/chart-model.ts';
import { ChartScene } from '../../chart/ChartScene.tsx';
import { badgedName } from '../../chart/node-badge.tsx';
import { NodeFigure } from '../../chart/NodeFigure.tsx';

export const EXPORT_MARGIN = 24;

export function exportSize(layout: RouteLayout) {
  return { width: layout.width + 2 * EXPORT_MARGIN, height: layout.height + 2 * EXPORT_MARGIN };
}

export function ExportChart({
  route,
  layout,
  title,
}: {
  route: Route;
  layout: RouteLayout;
  title: string;
}) {
  const model = buildChartModel(route, layout);
  const { width, height } = exportSize(layout);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={FONT_FAMILY}
      role="img"
      aria-label={title}
    >
      <title>{title}</title>
      <rect width={width} height={height} fill="#ffffff" />
      <g transform={`translate(${EXPORT_MARGIN} ${EXPORT_MARGIN})`}>
        <ChartScene groups={layout.groups} edges={model.edges}>
          {model.nodes.map(({ node, kind, label }) => (
            <g key={node.id} data-node-id={node.id}>
              <title>{badgedName(NODE_KIND_LABELS[kind], label)}</title>
              <NodeFigure node={node} kind={kind} label={label} />
            </g>
          ))}
        </ChartScene>
      </g>
    </svg>
  );
}
