/**
 * Groups drawn as bands across the chart. ELK lays the groups out as partitions (ranges of
 * layers, see route-to-elk.ts) but knows nothing of their labels, so this makes room: every
 * point below a band's top moves down by the label's height, and every point below its last
 * node by the band's bottom padding. The shift depends on y alone, so horizontal segments stay
 * horizontal and orthogonal edges stay orthogonal. Pure.
 */
import type { LaidOutEdge, LaidOutGroup, LaidOutNode, Point } from './layout-types.ts';
import {
  BAND_BOTTOM_PADDING,
  BAND_LABEL_GAP,
  BAND_LABEL_INSET,
  GROUP_PADDING,
  groupLabelSize,
} from './measure.ts';

export interface BandInput {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  /** Band of every node; a group's band is given with the group. */
  bands: ReadonlyMap<string, number>;
  groups: readonly { id: string; label: string; band: number }[];
}

interface Step {
  /** Points strictly below this y move down by `amount`. */
  below: number;
  amount: number;
}

function bandExtent(nodes: readonly LaidOutNode[]): { top: number; bottom: number } {
  return {
    top: Math.min(...nodes.map((node) => node.y)),
    bottom: Math.max(...nodes.map((node) => node.y + node.height)),
  };
}

export function addBands(input: BandInput): {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  groups: LaidOutGroup[];
} {
  const steps: Step[] = [];
  const placed: { group: BandInput['groups'][number]; top: number; bottom: number }[] = [];
  for (const group of input.groups) {
    const members = input.nodes.filter((node) => input.bands.get(node.id) === group.band);
    if (members.length === 0) continue;
    const { top, bottom } = bandExtent(members);
    const labelSpace = BAND_LABEL_INSET + groupLabelSize(group.label).height + BAND_LABEL_GAP;
    steps.push({ below: top - 0.5, amount: labelSpace });
    steps.push({ below: bottom + 0.5, amount: BAND_BOTTOM_PADDING });
    placed.push({ group, top, bottom });
  }
  const shift = (y: number): number =>
    steps.reduce((moved, step) => (y > step.below ? moved + step.amount : moved), y);
  const move = (point: Point): Point => ({ x: point.x, y: shift(point.y) });

  const labelWidths = placed.map(({ group }) => groupLabelSize(group.label).width);
  const width = Math.max(input.width, ...labelWidths.map((label) => label + 2 * GROUP_PADDING));
  const groups = placed.map(({ group, top, bottom }) => {
    const label = groupLabelSize(group.label);
    const y = shift(top) - BAND_LABEL_INSET - label.height - BAND_LABEL_GAP;
    return {
      id: group.id,
      x: 0,
      y,
      width,
      height: shift(bottom) + BAND_BOTTOM_PADDING - y,
      lines: label.lines,
    };
  });
  return {
    width,
    height: shift(input.height),
    nodes: input.nodes.map((node) => ({ ...node, y: shift(node.y) })),
    edges: input.edges.map((edge) => ({
      ...edge,
      points: edge.points.map(move),
      ...(edge.label ? { label: { ...edge.label, y: shift(edge.label.y) } } : {}),
    })),
    groups,
  };
}
