/**
 * The chart's layers, back to front: group boxes, edges, group labels, then the nodes
 * passed as children. The interactive chart passes links (ChartNode); a standalone SVG
 * (download, print) can pass plain NodeFigures and reuse everything else.
 */
import type { ReactNode } from 'react';
import type { LaidOutGroup } from '../../layout/layout-types.ts';
import { ChartEdge } from './ChartEdge.tsx';
import { ChartGroupBox, ChartGroupLabel } from './ChartGroup.tsx';
import { bandLabelTop } from '../../layout/box-metrics.ts';
import type { ChartEdgeModel } from './chart-model.ts';
import { edgeEmphasis, type ChartHighlight } from './chart-highlight.ts';

export interface ChartSceneProps {
  groups: readonly LaidOutGroup[];
  edges: readonly ChartEdgeModel[];
  children: ReactNode;
  /** Edges to bring forward; the others are faded. */
  highlight?: ChartHighlight;
  /**
   * Edges drawn on demand (see LaidOutEdge.onDemand) that are shown now, with their labels:
   * those of the chosen step, or all. Highlighted edges are always shown.
   */
  revealed?: ReadonlySet<string> | 'all';
}

/** Whether an edge's line, and whether its label, is drawn now. */
export function edgeVisibility(
  edge: ChartEdgeModel['edge'],
  revealed: ChartSceneProps['revealed'],
  highlight: ChartHighlight | undefined,
): { line: boolean; label: boolean } {
  const shown =
    revealed === 'all' || revealed?.has(edge.id) === true || highlight?.edges.has(edge.id) === true;
  return {
    line: !edge.onDemand || shown,
    label: edge.label !== undefined && (!edge.label.onDemand || shown),
  };
}

export function ChartScene({ groups, edges, children, highlight, revealed }: ChartSceneProps) {
  return (
    <>
      {/* Groups and edges are for sighted readers: the nodes are the links, and the
          text version of the route tells every connection in words. */}
      <g className="chart-groups" aria-hidden="true">
        {groups.map((group) => (
          <ChartGroupBox key={group.id} group={group} />
        ))}
      </g>
      <g className="chart-edges" aria-hidden="true">
        {edges.map(({ edge, kind, title }) => {
          const visible = edgeVisibility(edge, revealed, highlight);
          return (
            visible.line && (
              <ChartEdge
                key={edge.id}
                edge={edge}
                kind={kind}
                title={title}
                emphasis={edgeEmphasis(highlight, edge.id)}
                withLabel={visible.label}
              />
            )
          );
        })}
      </g>
      <g className="chart-group-labels" aria-hidden="true">
        {groups.map((group) => (
          <ChartGroupLabel key={group.id} group={group} top={bandLabelTop(group)} />
        ))}
      </g>
      <g className="chart-nodes">{children}</g>
    </>
  );
}
