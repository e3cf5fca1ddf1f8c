/**
 * One domain of the network view as plain SVG, drawn from the build's ELK layout. Organisations
 * and roles are links: without JavaScript an organisation opens its page and a role jumps to its
 * entry in the text version; with JavaScript a click or Enter shows its card beside the network.
 */
import { DOMAIN_LABELS } from '../../core/socialmap/social-map-kinds.ts';
import type { NetworkCluster, NetworkLayout } from '../../layout/network-layout-types.ts';
import { networkNodeKey } from '../../layout/network-layout-types.ts';
import { EdgeLine } from '../chart/ChartEdge.tsx';
import { ChartGroupBox, ChartGroupLabel } from '../chart/ChartGroup.tsx';
import { FONT_FAMILY } from '../chart/chart-font.ts';
import { NetworkNodeLink, type NetworkSelection } from './network-node.tsx';

export type { NetworkSelection };
export { roleAnchor } from './network-node.tsx';

/** Room for the focus ring and selection frame of nodes at the cluster's edge. */
const MARGIN = 12;

export function NetworkFigure(props: {
  layout: NetworkLayout;
  cluster: NetworkCluster;
  names: ReadonlyMap<string, string>;
  selected: NetworkSelection | null;
  onSelect: (selection: NetworkSelection) => void;
}) {
  const { layout, cluster } = props;
  const nodes = layout.nodes.filter((node) => node.domain === cluster.domain);
  const edges = layout.edges.filter((edge) => edge.domain === cluster.domain);
  const box = { ...cluster, lines: cluster.lines, id: cluster.domain };
  const name = `Netwerk: ${DOMAIN_LABELS[cluster.domain]}`;
  return (
    // On a phone a figure is wider than the page and scrolls sideways in this box. A named,
    // focusable region lets keyboard users scroll it with the arrow keys (WCAG 2.1.1).
    <div
      className="network-figure"
      role="region"
      aria-label={`Figuur ${name.toLowerCase()}`}
      tabIndex={0}
    >
      <svg
        viewBox={`${cluster.x - MARGIN} ${cluster.y - MARGIN} ${cluster.width + 2 * MARGIN} ${cluster.height + 2 * MARGIN}`}
        width={cluster.width + 2 * MARGIN}
        // Scaled down to fit, but not so far that the text gets too small to read: then it scrolls.
        style={{ minWidth: Math.round(0.8 * (cluster.width + 2 * MARGIN)) }}
        className="network-svg"
        fontFamily={FONT_FAMILY}
        role="group"
        aria-label={name}
      >
        <g aria-hidden="true">
          <ChartGroupBox group={box} />
          {edges.map((edge) => (
            <EdgeLine
              key={`${edge.kind}|${networkNodeKey(edge.from)}|${networkNodeKey(edge.to)}`}
              points={edge.points}
              kind={edge.kind === 'refers' ? 'refers' : 'member'}
            />
          ))}
          <ChartGroupLabel group={box} />
        </g>
        {nodes.map((node) => (
          <NetworkNodeLink
            key={networkNodeKey(node)}
            node={node}
            name={props.names.get(networkNodeKey(node)) ?? node.lines.join(' ')}
            selected={props.selected?.kind === node.kind && props.selected.id === node.id}
            onSelect={props.onSelect}
          />
        ))}
      </svg>
    </div>
  );
}
