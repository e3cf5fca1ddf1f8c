/**
 * One organisation or role in the network view: a link drawn as the route chart draws a node
 * (shape and colours of the chart's "partner" and "role" kinds, badge line over the name).
 */
import type { KeyboardEvent, MouseEvent } from 'react';
import { socialMapUrl } from '../../core/socialmap/social-map-model.ts';
import type { NetworkNode } from '../../layout/network-layout-types.ts';
import { BADGE_GAP, BADGE_LINE_HEIGHT, NODE_PADDING } from '../../layout/box-metrics.ts';
import { BoxFrame, FOCUS_COLOR, SELECTION_COLOR } from '../chart/box-frame.tsx';
import { NodeBadge, badgedName } from '../chart/node-badge.tsx';
import { NodeLabelLines } from '../chart/node-label.tsx';
import { NodeShape } from '../chart/node-shape.tsx';
import { NODE_TEXT_COLOR, nodeKindStyle } from '../chart/node-kind-style.ts';

export interface NetworkSelection {
  kind: NetworkNode['kind'];
  id: string;
}

export function roleAnchor(roleId: string): string {
  return `rol-${roleId}`;
}

export function NetworkNodeLink({
  node,
  name,
  selected,
  onSelect,
}: {
  node: NetworkNode;
  name: string;
  selected: boolean;
  onSelect: (selection: NetworkSelection) => void;
}) {
  const select = (event: MouseEvent | KeyboardEvent) => {
    event.preventDefault();
    onSelect({ kind: node.kind, id: node.id });
  };
  const look = nodeKindStyle(node.kind === 'organisation' ? 'service' : 'role');
  const centreX = node.x + node.width / 2;
  const badgeTop = node.y + NODE_PADDING.y;
  const labelTop = badgeTop + BADGE_LINE_HEIGHT + BADGE_GAP;
  return (
    <a
      className="network-node"
      href={node.kind === 'organisation' ? socialMapUrl(node.id) : `#${roleAnchor(node.id)}`}
      aria-label={badgedName(node.badge, name)}
      aria-current={selected ? 'true' : undefined}
      onClick={(event) => {
        // Ctrl/Cmd/Shift-click keeps its browser meaning: open the link in a new tab.
        if (!(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) select(event);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') select(event);
      }}
    >
      <g aria-hidden="true">
        <BoxFrame
          className="network-node-focus"
          box={node}
          offset={6}
          radius={12}
          colour={FOCUS_COLOR}
          strokeWidth={3}
        />
        {selected && (
          <BoxFrame box={node} offset={4} radius={10} colour={SELECTION_COLOR} strokeWidth={3} />
        )}
        <NodeShape
          kind={node.kind === 'organisation' ? 'service' : 'role'}
          box={node}
          stroke={look.stroke}
          fill={look.fill}
          strokeWidth={selected ? 3.5 : 2}
        />
        <NodeBadge centreX={centreX} top={badgeTop} colour={look.stroke} text={node.badge} />
        {/* A space, so that badge and name read as two words (see node-label.tsx). */}{' '}
        <NodeLabelLines
          className="network-node-label"
          lines={node.lines}
          label={name}
          centreX={centreX}
          top={labelTop}
          fill={NODE_TEXT_COLOR}
        />
      </g>
    </a>
  );
}
