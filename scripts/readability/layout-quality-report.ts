/** The layout quality figures as Markdown. */
import type { LayoutQuality } from './layout-quality.ts';
import type { LayoutTiming, RouteLayoutQuality } from './layout-quality-figures.ts';
import { markdownTable, whole } from './markdown-table.ts';

const HEADERS = [
  'route',
  'steps',
  'connections (always drawn)',
  'crossings',
  'edge length',
  'bends',
  'chart w × h',
  'area per step',
] as const;

function cells(name: string, connections: number, quality: LayoutQuality): string[] {
  return [
    name,
    String(quality.steps),
    `${connections} (${quality.routedEdges})`,
    String(quality.crossings),
    whole(quality.edgeLength),
    String(quality.bends),
    `${whole(quality.width)} × ${whole(quality.height)}`,
    whole(quality.areaPerStep),
  ];
}

export function layoutQualityMarkdown(
  rows: readonly RouteLayoutQuality[],
  sideBySide: { timing: LayoutTiming; quality: LayoutQuality },
): string {
  const { timing, quality } = sideBySide;
  return [
    'Layout quality (Node, ELK as in the build; lengths and areas in chart units = px at zoom 1):',
    '',
    markdownTable(HEADERS, [
      ...rows.map((row) => cells(row.slug, row.connections, row)),
      cells(`${timing.name} (bench route)`, timing.connections, quality),
    ]),
    '',
    `Layout time, ${timing.name} (${timing.steps} steps, ${timing.connections} connections): ` +
      `${timing.warmMedianMs.toFixed(1)} ms warm (median of ${timing.runs} after 10 warm-up runs)`,
  ].join('\n');
}
