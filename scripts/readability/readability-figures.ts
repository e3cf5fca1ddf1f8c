/** All browser figures of one route page, each measurement on a freshly opened page. */
import type { Browser } from '@playwright/test';
import type { BundledRoute } from './bundled-routes.ts';
import {
  DESKTOP,
  PHONE,
  type FitFigures,
  type WayFigures,
  afterFit,
  afterWay,
  openingChart,
} from './measure-chart.ts';
import { type PaintFigures, paintFigures } from './measure-paint.ts';
import { type PrintFigures, printFigures } from './measure-print.ts';

export interface RouteReadability {
  slug: string;
  url: string;
  steps: number;
  connections: number;
  chartTop: { desktop: number; phone: number } | null;
  fit: FitFigures | null;
  way: WayFigures | null;
  print: { routePage: PrintFigures; printView: PrintFigures } | null;
  paint: PaintFigures | null;
  /** Measurements that failed, with why: the others still count. */
  errors: string[];
}

export interface ReadabilityOptions {
  print: boolean;
  paintLoads: number;
}

export async function routeReadability(
  browser: Browser,
  base: string,
  { slug, route, url, printUrl }: BundledRoute,
  options: ReadabilityOptions,
): Promise<RouteReadability> {
  const errors: string[] = [];
  const attempt = async <T>(what: string, measure: () => Promise<T>): Promise<T | null> => {
    try {
      return await measure();
    } catch (error) {
      errors.push(
        `${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
      return null;
    }
  };
  const desktop = await attempt('chart top (desktop)', () =>
    openingChart(browser, DESKTOP, base + url),
  );
  const phone = await attempt('chart top (phone)', () => openingChart(browser, PHONE, base + url));
  const fit = await attempt('fit', () => afterFit(browser, base + url));
  const way = await attempt('way', () => afterWay(browser, base + url, route));
  // Labels as the chart draws them (lines joined, maybe shortened), and in full.
  const drawn = new Map(desktop?.nodes.map((node) => [node.id, node.lines.join(' ')]) ?? []);
  const labels = route.nodes.map((node) => ({
    id: node.id,
    texts: [drawn.get(node.id) ?? '', node.label],
  }));
  const print = options.print
    ? await attempt('print', async () => ({
        routePage: await printFigures(browser, base + url, labels, true),
        printView: await printFigures(browser, base + printUrl, labels, false),
      }))
    : null;
  const paint = await attempt('first paint', () =>
    paintFigures(browser, base + url, options.paintLoads),
  );
  return {
    slug,
    url,
    steps: route.nodes.length,
    connections: route.edges.length,
    chartTop: desktop && phone ? { desktop: desktop.chartTop, phone: phone.chartTop } : null,
    fit,
    way,
    print,
    paint,
    errors,
  };
}
