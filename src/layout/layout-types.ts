/**
 * The computed layout of one route: absolute positions in chart units (px at zoom 1).
 * Produced at build time (Node) and in the editor (Web Worker) by the same module,
 * consumed by the chart drawing. Never stored in route files.
 */
export interface Point {
  x: number;
  y: number;
}

export interface Box extends Point {
  width: number;
  height: number;
}

export interface LaidOutNode extends Box {
  id: string;
  /** The label wrapped into lines that fit the box, so drawing needs no text measuring. */
  lines: string[];
}

export interface LaidOutGroup extends Box {
  id: string;
  lines: string[];
}

export interface LaidOutEdge {
  /** `${from}->${to}:${kind}`; unique because the format forbids duplicate edges. */
  id: string;
  from: string;
  to: string;
  /** Start point, bend points, end point — draw a polyline through them. */
  points: Point[];
  label?: EdgeLabelBox;
  /**
   * Not part of the laid-out main flow (advice, feedback, taking part): a straight
   * connector between the two boxes, drawn only on demand (a chosen step, a way, "alle
   * verbindingen"), so it never tangles the picture.
   */
  onDemand?: true;
}

export interface EdgeLabelBox extends Box {
  lines: string[];
  /** Not placed by ELK (it may cover something): drawn only with its edge brought forward. */
  onDemand?: true;
}

export interface RouteLayout {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  groups: LaidOutGroup[];
  edges: LaidOutEdge[];
}

export function edgeId(edge: { from: string; to: string; kind: string }): string {
  return `${edge.from}->${edge.to}:${edge.kind}`;
}
