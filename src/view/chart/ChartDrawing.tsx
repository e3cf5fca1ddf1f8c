/** The chart itself: one SVG with the bands, the drawn connections and a button per step. */
import type { RefObject } from 'react';
import type { RouteLayout } from '../../layout/layout-types.ts';
import { FONT_FAMILY } from './chart-font.ts';
import { nodeEmphasis, type ChartHighlight } from './chart-highlight.ts';
import type { ChartModel } from './chart-model.ts';
import { ChartNode } from './ChartNode.tsx';
import { ChartScene } from './ChartScene.tsx';
import { type Size, type Viewport, viewTransform } from './viewport.ts';

/** Room around the layout for the selection frame and focus ring of edge nodes. */
export const CHART_MARGIN = 12;

export interface ChartDrawingProps {
  svgRef: RefObject<SVGSVGElement | null>;
  size: Size;
  view: Viewport;
  layout: RouteLayout;
  model: ChartModel;
  highlight: ChartHighlight | undefined;
  /** On-demand connections to draw: a set of edge ids, or all of them. */
  revealed: ReadonlySet<string> | 'all';
  selectedId: string | null;
  onSelect: (id: string) => void;
  onFocusNode: (id: string) => void;
}

export function ChartDrawing(props: ChartDrawingProps) {
  const { svgRef, size, view, layout, model, highlight, revealed, selectedId } = props;
  return (
    <svg
      ref={svgRef}
      className="chart-svg"
      viewBox={`0 0 ${size.width} ${size.height}`}
      width="100%"
      preserveAspectRatio="xMidYMid meet"
      fontFamily={FONT_FAMILY}
    >
      <rect className="chart-background" width={size.width} height={size.height} fill="#ffffff" />
      <g className="chart-pan-zoom" transform={viewTransform(view)}>
        <g transform={`translate(${CHART_MARGIN} ${CHART_MARGIN})`}>
          <ChartScene
            groups={layout.groups}
            edges={model.edges}
            highlight={highlight}
            revealed={revealed}
          >
            {model.nodes.map(({ node, kind, label }) => (
              <ChartNode
                key={node.id}
                node={node}
                kind={kind}
                label={label}
                selected={node.id === selectedId}
                onSelect={props.onSelect}
                onFocusNode={props.onFocusNode}
                emphasis={nodeEmphasis(highlight, node.id)}
                number={highlight?.numbers?.get(node.id)}
                emphasisNote={highlight?.description}
              />
            ))}
          </ChartScene>
        </g>
      </g>
    </svg>
  );
}
