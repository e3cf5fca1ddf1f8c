/**
 * ELK layout options for route charts. ELK reads every option as a string.
 * Changing anything here changes the output: bump LAYOUT_VERSION in layout-route.ts.
 *
 * Before trying other options: with groups (INCLUDE_CHILDREN) elkjs 0.12 throws on
 * crossingMinimization.forceNodeModelOrder, on layering BF_MODEL_ORDER, and on a
 * crossingMinimization.strategy set on the root only. Run the layout tests after any change.
 */
import type { LayoutOptions } from './elk-graph-types.ts';

// Tight but legible: real routes have 30 nodes and 45 edges, and every pixel of
// spacing is multiplied by ~15 layers; the chart must stay readable when fitted.
export const SPACING_OPTIONS: LayoutOptions = {
  'elk.spacing.nodeNode': '14',
  'elk.layered.spacing.nodeNodeBetweenLayers': '20',
  'elk.spacing.edgeNode': '12',
  'elk.layered.spacing.edgeNodeBetweenLayers': '12',
  'elk.spacing.edgeEdge': '8',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
  'elk.spacing.edgeLabel': '4',
};

/** Options on the root graph; with INCLUDE_CHILDREN they apply to the whole hierarchy. */
export const ROOT_LAYOUT_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  // A route reads top to bottom, like the paper flowcharts schools already use.
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  // Groups are bands of layers, in file order (route-flow.ts nodeBands): a flat graph.
  'elk.partitioning.activate': 'true',
  // One picture, even when a protocol or a partner is not connected to the rest.
  'elk.separateConnectedComponents': 'false',
  // Same input, same picture: the build and the editor must agree to the pixel.
  'elk.randomSeed': '1',
  // Keep the author's order of nodes and edges wherever the algorithm has a free choice,
  // so a small edit to the file moves few boxes, and the file order reads left to right.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // Cycles (e.g. terugkoppeling back to the mentor) are broken greedily, ties by file order:
  // plain MODEL_ORDER would turn every edge to an earlier node upside down.
  'elk.layered.cycleBreaking.strategy': 'GREEDY_MODEL_ORDER',
  // One crossing-minimisation pass, starting from the file order. More passes (default 7)
  // restart from random orders: ~30% fewer crossings on the example routes, but adding one
  // node can then mirror half the chart, and layout takes about 1.5× as long.
  'elk.layered.thoroughness': '1',
  // Straight vertical runs for the main flow, and balanced (centred) placement of parents.
  // (LEFTUP alignment is a little more stable but pushes nodes to the side, away from their
  // parents.) A chart too wide to read when fitted is placed again: COMPACT_PLACEMENT_OPTIONS.
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  ...SPACING_OPTIONS,
  'elk.padding': '[top=16,left=16,bottom=16,right=16]',
};

/**
 * The second try for a chart that BRANDES_KOEPF makes too wide (layout-route.ts). Network
 * simplex places boxes with the least total edge length: the same layers and the same order
 * in each layer, so the chart keeps its shape, but side branches move in under the main flow
 * instead of beside it (de-regenboog-voorbeeldstad 1,719 → 1,410 wide). Not the first choice:
 * it takes about twice as long, and far longer on big routes (100 steps: seconds).
 */
export const COMPACT_PLACEMENT_OPTIONS: LayoutOptions = {
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
};

/**
 * The answers of a decision ("ja" / "nee") half-way along the edge, on the line. (Labels at
 * the edge's tail saved no height here and could cover a neighbouring box.)
 */
export const EDGE_LABEL_OPTIONS: LayoutOptions = {
  'elk.edgeLabels.placement': 'CENTER',
  'elk.edgeLabels.inline': 'true',
};
