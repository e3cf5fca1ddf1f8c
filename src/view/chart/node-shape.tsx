/**
 * The outline of each node kind, drawn inside its layout box. Shapes tell kinds apart
 * without colour: the shaped kinds (decision, consent) get extra padding in box-metrics.ts
 * for their cut corners, so these insets never cover text.
 */
import type { NodeKind } from '../../core/route/route-schema.ts';
import type { Box } from '../../layout/layout-types.ts';

export interface NodeShapeProps {
  kind: NodeKind;
  box: Box;
  stroke: string;
  fill: string;
  strokeWidth: number;
}

function polygon(points: ReadonlyArray<readonly [number, number]>): string {
  return points.map(([x, y]) => `${x},${y}`).join(' ');
}

// A switch so that a new NodeKind without a shape is a type error.
export function NodeShape({ kind, box, stroke, fill, strokeWidth }: NodeShapeProps) {
  const { x, y, width: w, height: h } = box;
  const paint = { stroke, fill, strokeWidth, className: 'chart-shape' };
  const line = { stroke, strokeWidth, className: 'chart-shape-line' };
  switch (kind) {
    case 'role':
      return <rect x={x} y={y} width={w} height={h} rx={10} {...paint} />;
    case 'team': // stadium: fully rounded ends
      return <rect x={x} y={y} width={w} height={h} rx={Math.min(h / 2, 26)} {...paint} />;
    case 'step':
      return <rect x={x} y={y} width={w} height={h} {...paint} />;
    case 'decision': {
      const inset = Math.min(20, w / 6);
      const mid = y + h / 2;
      const points = [
        [x + inset, y],
        [x + w - inset, y],
        [x + w, mid],
        [x + w - inset, y + h],
        [x + inset, y + h],
        [x, mid],
      ] as const;
      return <polygon points={polygon(points)} {...paint} />;
    }
    case 'document': {
      const fold = Math.min(16, h / 3);
      return (
        <g>
          <path d={`M${x} ${y}H${x + w - fold}L${x + w} ${y + fold}V${y + h}H${x}Z`} {...paint} />
          <path d={`M${x + w - fold} ${y}V${y + fold}H${x + w}`} fill="none" {...line} />
        </g>
      );
    }
    case 'service':
      return (
        <g>
          <rect x={x} y={y} width={w} height={h} rx={4} {...paint} />
          <rect x={x + 4} y={y + 4} width={w - 8} height={h - 8} rx={2} fill="none" {...line} />
        </g>
      );
    case 'consent': {
      const cut = Math.min(14, h / 4, w / 4);
      const points = [
        [x + cut, y],
        [x + w - cut, y],
        [x + w, y + cut],
        [x + w, y + h - cut],
        [x + w - cut, y + h],
        [x + cut, y + h],
        [x, y + h - cut],
        [x, y + cut],
      ] as const;
      return (
        <g>
          <polygon points={polygon(points)} {...paint} />
          <LockMark x={x + 8} y={y + h / 2 - 8} color={stroke} />
        </g>
      );
    }
    case 'protocol':
      return (
        <g>
          <rect x={x} y={y} width={w} height={h} {...paint} />
          <path d={`M${x + 7} ${y}V${y + h}M${x + w - 7} ${y}V${y + h}`} fill="none" {...line} />
        </g>
      );
    default: {
      const unknownKind: never = kind;
      throw new Error(`Geen vorm voor soort onderdeel: ${String(unknownKind)}`);
    }
  }
}

/** A small padlock (12×16), in the consent octagon's left padding. */
function LockMark({ x, y, color }: { x: number; y: number; color: string }) {
  return (
    <g className="chart-lock" aria-hidden="true">
      <path
        d={`M${x + 2.5} ${y + 7}V${y + 4.5}a3.5 3.5 0 0 1 7 0V${y + 7}`}
        fill="none"
        stroke={color}
        strokeWidth={1.75}
      />
      <rect x={x} y={y + 7} width={12} height={9} rx={1.5} fill={color} />
    </g>
  );
}
