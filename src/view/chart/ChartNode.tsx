/**
 * A node as a link to its entry in the text version of the route (`#<node-id>`):
 * without JS it jumps there; with JS a click, Enter or Space selects it instead.
 */
import type { KeyboardEvent, MouseEvent } from 'react';
import type { NodeKind } from '../../core/route/route-schema.ts';
import type { LaidOutNode } from '../../layout/layout-types.ts';
import { BoxFrame, FOCUS_COLOR } from './box-frame.tsx';
import { badgedName } from './node-badge.tsx';
import { NodeFigure } from './NodeFigure.tsx';
import { nodeKindStyle } from './node-kind-style.ts';
import type { Emphasis } from './chart-highlight.ts';

/** How far the focus ring sits outside the node box: outside the selection frame. */
const FOCUS_OFFSET = 11;

export interface ChartNodeProps {
  node: LaidOutNode;
  kind: NodeKind;
  /** The full label; `node.lines` may be shortened with an ellipsis. */
  label: string;
  selected: boolean;
  onSelect: (id: string) => void;
  /** Called when the link gets focus, so the chart can pan it into view. */
  onFocusNode?: (id: string) => void;
  emphasis?: Emphasis;
  /** Step number on a highlighted way. */
  number?: number;
  /** Said after the name when highlighted, e.g. "op de gekozen weg". */
  emphasisNote?: string;
}

export function ChartNode({
  node,
  kind,
  label,
  selected,
  onSelect,
  onFocusNode,
  emphasis = 'normal',
  number,
  emphasisNote,
}: ChartNodeProps) {
  const select = (event: MouseEvent | KeyboardEvent) => {
    // The page keeps the hash in sync itself (history.replaceState); don't jump.
    event.preventDefault();
    onSelect(node.id);
  };
  const onClick = (event: MouseEvent) => {
    // Ctrl/Cmd/Shift-click keeps its browser meaning: open the deep link in a new tab.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    select(event);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Links only react to Enter natively; buttons-like Space is expected too. Handling
    // Enter here (and preventing its default) keeps it from also firing a click.
    if (event.key === 'Enter' || event.key === ' ') select(event);
  };
  const o = FOCUS_OFFSET;
  return (
    <a
      className="chart-node"
      href={`#${node.id}`}
      aria-label={`${badgedName(nodeKindStyle(kind).name, label)}${accessibleEmphasis(emphasis, number, emphasisNote)}`}
      aria-current={selected ? 'true' : undefined}
      data-node-id={node.id}
      data-selected={selected ? 'true' : undefined}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocus={onFocusNode ? () => onFocusNode(node.id) : undefined}
    >
      {/* Drawn always and shown by CSS on :focus-visible; white under blue reads on any fill. */}
      <g className="chart-node-focus" aria-hidden="true">
        <BoxFrame box={node} offset={o} radius={14} colour="#ffffff" strokeWidth={6} />
        <BoxFrame box={node} offset={o} radius={14} colour={FOCUS_COLOR} strokeWidth={3} />
      </g>
      <g aria-hidden="true">
        <NodeFigure
          node={node}
          kind={kind}
          selected={selected}
          emphasis={emphasis}
          number={number}
          label={label}
        />
      </g>
    </a>
  );
}

/**
 * The highlight in words, so it is not only visible: ", 2e stap op de gekozen weg".
 * The drawn step number follows the label in the name, as it does in the drawing's text,
 * so the name keeps holding the visible text in order.
 */
function accessibleEmphasis(emphasis: Emphasis, number?: number, note?: string): string {
  switch (emphasis) {
    case 'normal':
      return '';
    case 'highlighted':
      return `, ${number === undefined ? '' : `${number}e stap `}${note ?? 'gemarkeerd'}`;
    case 'dimmed':
      return ', vervaagd';
    default: {
      const unknown: never = emphasis;
      return String(unknown);
    }
  }
}
