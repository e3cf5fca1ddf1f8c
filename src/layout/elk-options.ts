/**
 * ELK layout options for route charts. ELK reads every option as a string.
 * Changing anything here changes the output: bump LAYOUT_VERSION in layout-route.ts.
 */
import type { LayoutOptions } from './elk-graph-types';

/**
 * Spacing is read per compound node even with INCLUDE_CHILDREN, so groups get these too
 * (without them a group's insides fall back to ELK's much tighter defaults).
 */
export const SPACING_OPTIONS: LayoutOptions = {
  'elk.spacing.nodeNode': '36',
  'elk.layered.spacing.nodeNodeBetweenLayers': '48',
  'elk.spacing.edgeNode': '16',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.spacing.edgeEdge': '12',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
  'elk.spacing.edgeLabel': '4',
};

/** Options on the root graph; with INCLUDE_CHILDREN they apply to the whole hierarchy. */
export const ROOT_LAYOUT_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  // A route reads top to bottom, like the paper flowcharts schools already use.
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  // Lay out groups and their contents as one graph, so edges that cross a group border
  // are routed too (otherwise ELK lays out each group separately and draws them straight).
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  // Same input, same picture: the build and the editor must agree to the pixel.
  'elk.randomSeed': '1',
  // Keep the author's order of nodes and edges wherever the algorithm has a free choice,
  // so a small edit to the file moves few boxes, and the file order reads left to right.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // Cycles (e.g. terugkoppeling back to the mentor) are broken greedily, ties by file order:
  // plain MODEL_ORDER would turn every edge to an earlier node upside down.
  'elk.layered.cycleBreaking.strategy': 'GREEDY_MODEL_ORDER',
  // Straight vertical runs for the main flow, and balanced (centred) placement of parents.
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  ...SPACING_OPTIONS,
  'elk.spacing.componentComponent': '48',
  'elk.padding': '[top=16,left=16,bottom=16,right=16]',
};

/** Edge labels are placed half-way along the edge, on the line, like "ja" / "nee" in a flowchart. */
export const EDGE_LABEL_OPTIONS: LayoutOptions = {
  'elk.edgeLabels.placement': 'CENTER',
  'elk.edgeLabels.inline': 'true',
};
