/**
 * The part of ELK's JSON graph format the layout uses, mirroring elkjs/lib/elk-api.d.ts.
 * Declared here rather than imported because lint keeps every elkjs import (types too)
 * out of src/layout except elk-node.ts; elk-node.ts (and the editor's worker) assign a real
 * ELK instance to ElkLayouter, so the compiler still checks these stay compatible.
 */

/** ELK reads every option value as a string. */
export type LayoutOptions = Record<string, string>;

export interface ElkPoint {
  x: number;
  y: number;
}

/** Position (relative, see elk-to-layout.ts) and size; ELK fills in positions. */
export interface ElkShape {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

export interface ElkLabel extends ElkShape {
  id?: string;
  text?: string;
  layoutOptions?: LayoutOptions;
}

export interface ElkEdgeSection {
  id: string;
  startPoint: ElkPoint;
  endPoint: ElkPoint;
  bendPoints?: ElkPoint[];
}

export interface ElkExtendedEdge {
  id: string;
  sources: string[];
  targets: string[];
  labels?: ElkLabel[];
  layoutOptions?: LayoutOptions;
  /** Set by ELK: the node whose coordinate system the sections and labels are in. */
  container?: string;
  sections?: ElkEdgeSection[];
}

export interface ElkNode extends ElkShape {
  id: string;
  labels?: ElkLabel[];
  layoutOptions?: LayoutOptions;
  children?: ElkNode[];
  edges?: ElkExtendedEdge[];
}
