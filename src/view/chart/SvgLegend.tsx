/**
 * The legend inside a standalone chart SVG (download, print): every node kind's shape
 * and every edge kind's line with its Dutch name, drawn by the same components as the
 * chart. The page's HTML legend (ChartLegend) adds the meanings; a file has room for names.
 */
import type { EdgeKind, NodeKind } from '../../core/route/route-schema.ts';
import { textWidth } from '../../layout/measure.ts';
import { EDGE_KINDS, NODE_KINDS } from '../../core/route/route-kinds.ts';
import { EdgeLine } from './ChartEdge.tsx';
import { edgeKindStyle } from './edge-kind-style.ts';
import { NodeShape } from './node-shape.tsx';
import { NODE_TEXT_COLOR, nodeKindStyle } from './node-kind-style.ts';

const TITLE_HEIGHT = 32;
const ROW_HEIGHT = 44;
const SWATCH = { width: 64, height: 32 } as const;
const GAP = 10;
const TEXT_SIZE = 14;

const names = [
  ...NODE_KINDS.map((kind) => nodeKindStyle(kind).name),
  ...EDGE_KINDS.map((kind) => edgeKindStyle(kind).name),
];
const COLUMN_WIDTH =
  SWATCH.width + GAP + Math.ceil(Math.max(...names.map((name) => textWidth(name, TEXT_SIZE)))) + 32;

type Item = { type: 'node'; kind: NodeKind } | { type: 'edge'; kind: EdgeKind };
const ITEMS: Item[] = [
  ...NODE_KINDS.map((kind) => ({ type: 'node' as const, kind })),
  ...EDGE_KINDS.map((kind) => ({ type: 'edge' as const, kind })),
];

/** Columns that fit in `width` (at least two), and the legend's height with them. */
export function svgLegendSize(width: number): { width: number; height: number; columns: number } {
  const columns = Math.max(2, Math.floor(width / COLUMN_WIDTH));
  const rows = Math.ceil(ITEMS.length / columns);
  return { width: columns * COLUMN_WIDTH, height: TITLE_HEIGHT + rows * ROW_HEIGHT, columns };
}

export function SvgLegend({ x, y, columns }: { x: number; y: number; columns: number }) {
  return (
    <g className="chart-svg-legend" transform={`translate(${x} ${y})`}>
      <text
        x={0}
        y={TITLE_HEIGHT / 2}
        fontSize={16}
        fontWeight={700}
        fill={NODE_TEXT_COLOR}
        dominantBaseline="central"
      >
        Legenda
      </text>
      {ITEMS.map((item, index) => {
        const left = (index % columns) * COLUMN_WIDTH;
        const top = TITLE_HEIGHT + Math.floor(index / columns) * ROW_HEIGHT;
        return (
          <g key={`${item.type}-${item.kind}`} transform={`translate(${left} ${top})`}>
            <LegendSwatch item={item} />
            <text
              x={SWATCH.width + GAP}
              y={SWATCH.height / 2 + 2}
              fontSize={TEXT_SIZE}
              fill={NODE_TEXT_COLOR}
              dominantBaseline="central"
            >
              {item.type === 'node' ? nodeKindStyle(item.kind).name : edgeKindStyle(item.kind).name}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function LegendSwatch({ item }: { item: Item }) {
  if (item.type === 'edge') {
    const middle = SWATCH.height / 2 + 2;
    return (
      <EdgeLine
        kind={item.kind}
        points={[
          { x: 2, y: middle },
          { x: SWATCH.width - 2, y: middle },
        ]}
      />
    );
  }
  const look = nodeKindStyle(item.kind);
  return (
    <NodeShape
      kind={item.kind}
      box={{ x: 2, y: 2, width: SWATCH.width - 4, height: SWATCH.height }}
      stroke={look.stroke}
      fill={look.fill}
      strokeWidth={2}
    />
  );
}
