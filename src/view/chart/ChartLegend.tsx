/**
 * The legend: every node kind (shape, name, meaning) and every edge kind (line, name,
 * meaning), drawn with the same components as the chart so the two cannot drift apart.
 */
import { useId } from 'react';
import type { EdgeKind, NodeKind } from '../../core/route/route-schema.ts';
import { EDGE_KINDS, NODE_KINDS } from '../../core/route/route-kinds.ts';
import { EdgeLine } from './ChartEdge.tsx';
import { NodeShape } from './node-shape.tsx';
import { edgeKindStyle } from './edge-kind-style.ts';
import { nodeKindStyle } from './node-kind-style.ts';
import './chart-legend.css';

export interface ChartLegendProps {
  /** Heading level of "Legenda"; its two parts get the level below. */
  headingLevel?: 2 | 3 | 4;
}

export function ChartLegend({ headingLevel = 2 }: ChartLegendProps) {
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  const titleId = useId();
  return (
    <section className="chart-legend" aria-labelledby={titleId}>
      <Heading id={titleId} className="chart-legend-title">
        Legenda
      </Heading>
      <SubHeading className="chart-legend-subtitle">Onderdelen</SubHeading>
      <ul className="chart-legend-list">
        {NODE_KINDS.map((kind) => (
          <NodeKindItem key={kind} kind={kind} />
        ))}
      </ul>
      <SubHeading className="chart-legend-subtitle">Verbindingen</SubHeading>
      <ul className="chart-legend-list">
        {EDGE_KINDS.map((kind) => (
          <EdgeKindItem key={kind} kind={kind} />
        ))}
      </ul>
    </section>
  );
}

function NodeKindItem({ kind }: { kind: NodeKind }) {
  const look = nodeKindStyle(kind);
  return (
    <li className="chart-legend-item" data-kind={kind}>
      <svg
        className="chart-legend-swatch"
        width={64}
        height={36}
        viewBox="0 0 64 36"
        aria-hidden="true"
      >
        <NodeShape
          kind={kind}
          box={{ x: 2, y: 2, width: 60, height: 32 }}
          stroke={look.stroke}
          fill={look.fill}
          strokeWidth={2}
        />
      </svg>
      <span>
        <strong>{look.name}</strong> — {look.meaning}
      </span>
    </li>
  );
}

function EdgeKindItem({ kind }: { kind: EdgeKind }) {
  const look = edgeKindStyle(kind);
  return (
    <li className="chart-legend-item" data-kind={kind}>
      <svg
        className="chart-legend-swatch"
        width={64}
        height={36}
        viewBox="0 0 64 36"
        aria-hidden="true"
      >
        <EdgeLine
          kind={kind}
          points={[
            { x: 4, y: 18 },
            { x: 60, y: 18 },
          ]}
        />
      </svg>
      <span>
        <strong>{look.name}</strong> — {look.meaning}
      </span>
    </li>
  );
}
