/** The browser figures as a Markdown table, each next to its target (✓ met, ✗ not, – none). */
import type { RouteReadability } from './readability-figures.ts';
import { markdownTable, whole } from './markdown-table.ts';
import type { PrintFigures } from './measure-print.ts';
import {
  allInView,
  chartTopOk,
  lineHeightOk,
  mark,
  minLineHeight,
  paintOk,
  printOk,
} from './targets.ts';

const HEADERS = [
  'route (steps)',
  'chart top desktop (≤ 400)',
  'chart top phone (≤ 600)',
  'after fit: steps in box and window (all)',
  'label line after fit (≥ 10 px ≤ 35 steps, ≥ 8 px ≤ 50)',
  'way: highlighted steps in box (all)',
  'print route page: labels on p. 1, pages (all ≤ 50 steps)',
  'print view: labels on p. 1, pages',
  'first paint JS / no JS (ratio ≤ 1.3)',
] as const;

const MISSING = 'n/a';

function printCell(steps: number, figures: PrintFigures | undefined): string {
  if (!figures) return MISSING;
  const { labelsOnPage1, labels, pages } = figures;
  return `${labelsOnPage1} of ${labels}, ${pages} p. ${mark(printOk(steps, labelsOnPage1, labels))}`;
}

function row(figures: RouteReadability): string[] {
  const { steps, chartTop, fit, way, print, paint } = figures;
  const minimum = minLineHeight(steps);
  return [
    `${figures.slug} (${steps})`,
    chartTop
      ? `${whole(chartTop.desktop)} px ${mark(chartTopOk(chartTop.desktop, false))}`
      : MISSING,
    chartTop ? `${whole(chartTop.phone)} px ${mark(chartTopOk(chartTop.phone, true))}` : MISSING,
    fit
      ? `${fit.inChartAndWindow} of ${fit.total} (in box ${fit.inChart}) ${mark(allInView(fit.inChartAndWindow, fit.total))}`
      : MISSING,
    fit?.medianLineHeight != null
      ? `${fit.medianLineHeight.toFixed(1)} px${minimum === null ? '' : ` (≥ ${minimum})`} ${mark(lineHeightOk(steps, fit.medianLineHeight))}`
      : MISSING,
    way ? `${way.inChart} of ${way.total} ${mark(allInView(way.inChart, way.total))}` : MISSING,
    printCell(steps, print?.routePage),
    printCell(steps, print?.printView),
    paint
      ? `${whole(paint.withJsMs)} / ${whole(paint.withoutJsMs)} ms = ${paint.ratio.toFixed(2)} ${mark(paintOk(paint.ratio))}`
      : MISSING,
  ];
}

export function readabilityMarkdown(routes: readonly RouteReadability[]): string {
  const ways = routes
    .filter((route) => route.way)
    .map((route) => `- ${route.slug}: “${route.way!.way}”`);
  const errors = routes.flatMap((route) =>
    route.errors.map((error) => `- ${route.slug}: ${error}`),
  );
  return [
    markdownTable(HEADERS, routes.map(row)),
    '',
    'Ways chosen:',
    ...ways,
    ...(errors.length > 0 ? ['', 'Not measured:', ...errors] : []),
  ].join('\n');
}
