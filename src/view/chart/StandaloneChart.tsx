/**
 * The whole chart as one self-contained SVG element: background, groups, edges with
 * their bend points, nodes and a legend, all styled by attributes (no CSS, no scripts,
 * text as text). Rendered to a file for the SVG download, and inline on the print and
 * compare pages; drawn by the same components as the interactive chart.
 */
import type { Route } from '../../core/route/route-schema.ts';
import type { Box, RouteLayout } from '../../layout/layout-types.ts';
import { FONT_FAMILY } from './chart-font.ts';
import { nodeEmphasis, type ChartHighlight } from './chart-highlight.ts';
import { ChartScene } from './ChartScene.tsx';
import { buildChartModel } from './chart-model.ts';
import { NodeFigure } from './NodeFigure.tsx';
import { NODE_TEXT_COLOR } from './node-kind-style.ts';
import { CHART_MARGIN } from './ChartDrawing.tsx';
import { SvgLegend, svgLegendSize } from './SvgLegend.tsx';

const HEADING_HEIGHT = 64;

export const CHART_SIZES = ['natural', 'fluid'] as const;

export interface StandaloneChartProps {
  route: Route;
  layout: RouteLayout;
  /** The SVG's <title> and accessible name. */
  title: string;
  /** Visible lines above the chart (a downloaded file has no page around it). */
  heading?: { title: string; subtitle?: string };
  highlight?: ChartHighlight;
  legend?: boolean;
  /** `natural`: width and height in px (a file); `fluid`: as wide as its container. */
  size?: (typeof CHART_SIZES)[number];
  /** Show only this part (layout coordinates), e.g. one group on its own printed page. */
  crop?: Box;
}

export function StandaloneChart({
  route,
  layout,
  title,
  heading,
  highlight,
  legend = true,
  size = 'natural',
  crop,
}: StandaloneChartProps) {
  const model = buildChartModel(route, layout);
  const top = heading ? HEADING_HEIGHT : 0;
  const chartWidth = layout.width + 2 * CHART_MARGIN;
  const chartHeight = layout.height + 2 * CHART_MARGIN;
  const legendSize = svgLegendSize(layout.width);
  const width = Math.max(chartWidth, legend ? legendSize.width + 2 * CHART_MARGIN : 0);
  const height = top + chartHeight + (legend ? legendSize.height + CHART_MARGIN : 0);
  // A crop is a window on the same drawing: everything is drawn, the viewBox shows a part.
  const view = crop
    ? {
        x: crop.x,
        y: top + crop.y,
        width: crop.width + 2 * CHART_MARGIN,
        height: crop.height + 2 * CHART_MARGIN,
      }
    : { x: 0, y: 0, width, height };
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
      width={size === 'natural' ? view.width : '100%'}
      height={size === 'natural' ? view.height : undefined}
      fontFamily={FONT_FAMILY}
      role="img"
      aria-label={title}
      className="chart-standalone"
    >
      <title>{title}</title>
      <rect width={width} height={height} fill="#ffffff" />
      {heading && (
        <g>
          <text
            x={CHART_MARGIN}
            y={CHART_MARGIN + 6}
            fontSize={20}
            fontWeight={700}
            fill={NODE_TEXT_COLOR}
            dominantBaseline="central"
          >
            {heading.title}
          </text>
          {heading.subtitle && (
            <text
              x={CHART_MARGIN}
              y={CHART_MARGIN + 32}
              fontSize={14}
              fill={NODE_TEXT_COLOR}
              dominantBaseline="central"
            >
              {heading.subtitle}
            </text>
          )}
        </g>
      )}
      <g transform={`translate(${CHART_MARGIN} ${top + CHART_MARGIN})`}>
        <ChartScene groups={layout.groups} edges={model.edges} highlight={highlight}>
          {model.nodes.map(({ node, kind, label }) => (
            <NodeFigure
              key={node.id}
              node={node}
              kind={kind}
              label={label}
              emphasis={nodeEmphasis(highlight, node.id)}
              number={highlight?.numbers?.get(node.id)}
            />
          ))}
        </ChartScene>
      </g>
      {legend && <SvgLegend x={CHART_MARGIN} y={top + chartHeight} columns={legendSize.columns} />}
    </svg>
  );
}
