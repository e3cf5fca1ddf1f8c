/**
 * What the bench reads from a snapshot of the chart in the page: which steps are in view,
 * and how tall a label line is drawn. Pure, so it is unit-tested; the snapshot itself is
 * taken in chart-snapshot.ts.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelMetrics {
  /** Screen pixels per SVG user unit at the label (viewBox scaling × pan/zoom). */
  scale: number;
  /** The label's font size in user units. */
  fontSize: number;
  /** Distance between the first two drawn lines in screen px; null for a one-line label. */
  linePitch: number | null;
}

export interface NodeSnapshot {
  id: string;
  /** The step's box in client (window) coordinates. */
  box: Rect;
  highlighted: boolean;
  /** The label as drawn, one entry per line (may end in "…" when shortened). */
  lines: string[];
  label: LabelMetrics | null;
}

export interface ChartSnapshot {
  /** The chart box's top edge from the top of the page, px. */
  chartTop: number;
  chartBox: Rect;
  drawingBox: Rect;
  window: { width: number; height: number };
  nodes: NodeSnapshot[];
}

/** Sub-pixel slack: a box exactly on the edge of the view is in view. */
const SLACK = 0.5;

export function intersect(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) };
}

export function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x - SLACK &&
    inner.y >= outer.y - SLACK &&
    inner.x + inner.width <= outer.x + outer.width + SLACK &&
    inner.y + inner.height <= outer.y + outer.height + SLACK
  );
}

/** The part of the chart a reader sees: the chart box, clipped to its drawing. */
export function visibleChartBox(snapshot: ChartSnapshot): Rect {
  return intersect(snapshot.chartBox, snapshot.drawingBox);
}

export function windowBox(snapshot: ChartSnapshot): Rect {
  return { x: 0, y: 0, ...snapshot.window };
}

export interface InView {
  total: number;
  inChart: number;
  inChartAndWindow: number;
}

export function stepsInView(
  snapshot: ChartSnapshot,
  which: (node: NodeSnapshot) => boolean = () => true,
): InView {
  const chartBox = visibleChartBox(snapshot);
  const window = windowBox(snapshot);
  const nodes = snapshot.nodes.filter(which);
  const inChart = nodes.filter((node) => inside(node.box, chartBox));
  return {
    total: nodes.length,
    inChart: inChart.length,
    inChartAndWindow: inChart.filter((node) => inside(node.box, window)).length,
  };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Rendered height of one label line per step, px. Multi-line labels give it directly (the
 * distance between their lines); one-line labels get their drawn font size times the
 * line-height-to-font-size ratio of the multi-line ones, or `fallbackRatio` if there are none.
 */
export function labelLineHeights(nodes: readonly NodeSnapshot[], fallbackRatio: number): number[] {
  const labelled = nodes.flatMap((node) => (node.label ? [node.label] : []));
  const ratios = labelled.flatMap(({ linePitch, scale, fontSize }) =>
    linePitch === null || scale * fontSize <= 0 ? [] : [linePitch / (scale * fontSize)],
  );
  const ratio = median(ratios) ?? fallbackRatio;
  return labelled.map(({ linePitch, scale, fontSize }) => linePitch ?? scale * fontSize * ratio);
}
