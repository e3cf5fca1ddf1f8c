/**
 * ELK options for the social map's network view. Each domain is laid out on its own, top to
 * bottom (organisations above the roles that work there), and the domains are then packed
 * side by side. Edges between domains are left out of the picture: routed around whole
 * clusters they made the view unreadable, so the text version and the cards tell them instead.
 */
import type { LayoutOptions } from './elk-graph-types.ts';
import { SPACING_OPTIONS } from './elk-options.ts';

export const NETWORK_CLUSTER_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  // Same map, same picture on every build; file order where the algorithm may choose.
  'elk.randomSeed': '1',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  ...SPACING_OPTIONS,
};

export const NETWORK_ROOT_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'box',
  'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
  'elk.aspectRatio': '1.6',
  'elk.spacing.nodeNode': '32',
  'elk.padding': '[top=16,left=16,bottom=16,right=16]',
};
