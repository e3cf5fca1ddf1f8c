/**
 * Part of the chart brought forward (a way between two nodes, a node's surroundings,
 * what differs from another route) while the rest stays visible but faded. Never
 * colour alone: highlighted nodes get a thick frame (and a step number where it
 * applies), faded ones lose their fill and border strength, and the state is in
 * each node's accessible name.
 */
import { edgeId } from '../../layout/layout-types.ts';

export const EMPHASES = ['normal', 'highlighted', 'dimmed'] as const;
export type Emphasis = (typeof EMPHASES)[number];

export interface ChartHighlight {
  nodes: ReadonlySet<string>;
  /** Layout edge ids (`from->to:kind`). */
  edges: ReadonlySet<string>;
  /** Numbers drawn on highlighted nodes: the steps of a way. */
  numbers?: ReadonlyMap<string, number>;
  /** Added to a highlighted node's accessible name, e.g. "op de gekozen weg". */
  description: string;
}

/** Frame and number disc of highlighted nodes; 5.2:1 on white, white text on it 5.2:1. */
export const HIGHLIGHT_COLOR = '#c2410c';
/** The band under highlighted edges: a glow, the edge's own line keeps its contrast. */
export const HIGHLIGHT_BAND_COLOR = '#fdba74';
/** Opacity of faded shapes and edges. */
export const DIMMED_OPACITY = 0.3;
/** Label text of faded nodes: lighter than normal, still 9:1 on white. */
export const DIMMED_TEXT_COLOR = '#454545';

export function nodeEmphasis(highlight: ChartHighlight | undefined, id: string): Emphasis {
  if (!highlight) return 'normal';
  return highlight.nodes.has(id) ? 'highlighted' : 'dimmed';
}

export function edgeEmphasis(highlight: ChartHighlight | undefined, id: string): Emphasis {
  if (!highlight) return 'normal';
  return highlight.edges.has(id) ? 'highlighted' : 'dimmed';
}

/** A highlight of these nodes and route edges. */
export function makeHighlight(
  nodes: Iterable<string>,
  edges: Iterable<{ from: string; to: string; kind: string }>,
  description: string,
  numbers?: ReadonlyMap<string, number>,
): ChartHighlight {
  return {
    nodes: new Set(nodes),
    edges: new Set([...edges].map(edgeId)),
    description,
    ...(numbers ? { numbers } : {}),
  };
}
