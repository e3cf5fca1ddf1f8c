/**
 * The chart on the route page as a reader meets it: where it starts, what "Passend maken"
 * shows, and whether a chosen way is in view. Each measurement opens the page afresh.
 */
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { LABEL_FONT_SIZE, LABEL_LINE_HEIGHT } from '../../src/layout/box-metrics.ts';
import type { Route } from '../../src/core/route/route-schema.ts';
import { distancesFrom } from '../../src/core/reading/route-paths.ts';
import {
  type ChartSnapshot,
  type InView,
  labelLineHeights,
  median,
  stepsInView,
} from './chart-figures.ts';
import { scrollChartIntoView, snapshotChart, waitForSettledChart } from './chart-snapshot.ts';
import { HOOKS, chooseWay, fitButton, quickQuestions } from './page-hooks.ts';

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

async function withPage<T>(
  browser: Browser,
  options: BrowserContextOptions,
  url: string,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForSettledChart(page);
    return await use(page);
  } finally {
    await context.close();
  }
}

async function snapshotOrFail(page: Page) {
  const snapshot = await snapshotChart(page);
  if (!snapshot) throw new Error(`no chart (${HOOKS.chart}) on ${page.url()}`);
  return snapshot;
}

/** The chart as the page opens (chartTop: its top edge, px from the top of the page). */
export async function openingChart(
  browser: Browser,
  options: BrowserContextOptions,
  url: string,
): Promise<ChartSnapshot> {
  return withPage(browser, options, url, snapshotOrFail);
}

export interface FitFigures extends InView {
  /** Median rendered height of one label line, px. */
  medianLineHeight: number | null;
}

/** After "Passend maken" and scrolling the chart into the window: steps in view, label size. */
export async function afterFit(browser: Browser, url: string): Promise<FitFigures> {
  return withPage(browser, DESKTOP, url, async (page) => {
    await fitButton(page).click();
    await waitForSettledChart(page);
    await scrollChartIntoView(page);
    await waitForSettledChart(page);
    const snapshot = await snapshotOrFail(page);
    const heights = labelLineHeights(snapshot.nodes, LABEL_LINE_HEIGHT / LABEL_FONT_SIZE);
    return { ...stepsInView(snapshot), medianLineHeight: median(heights) };
  });
}

export interface WayFigures extends InView {
  /** The quick question pressed, or "Van x naar y" when the selects were used. */
  way: string;
}

/** A way the route has, for routes without quick questions: the first step to the farthest it reaches. */
export function fallbackWay(route: Route): { from: string; to: string } | null {
  const from = route.nodes[0]?.id;
  if (!from) return null;
  let farthest: { id: string; distance: number } | null = null;
  for (const [id, distance] of distancesFrom(route, from, 'directed'))
    if (id !== from && (!farthest || distance > farthest.distance)) farthest = { id, distance };
  return farthest && { from, to: farthest.id };
}

/** After choosing a way (the first quick question, else van/naar): highlighted steps in view. */
export async function afterWay(browser: Browser, url: string, route: Route): Promise<WayFigures> {
  return withPage(browser, DESKTOP, url, async (page) => {
    const questions = quickQuestions(page);
    let way: string;
    if ((await questions.count()) > 0) {
      way = (await questions.first().innerText()).trim();
      await questions.first().click();
    } else {
      const pair = fallbackWay(route);
      if (!pair) throw new Error(`${url}: no way to choose`);
      const label = (id: string) => route.nodes.find((node) => node.id === id)?.label ?? id;
      way = `Van ${label(pair.from)} naar ${label(pair.to)} (van/naar)`;
      await chooseWay(page, pair.from, pair.to);
    }
    await page.waitForFunction(
      (selector) => document.querySelector(selector) !== null,
      `${HOOKS.chart} ${HOOKS.highlighted}`,
    );
    await waitForSettledChart(page);
    const snapshot = await snapshotOrFail(page);
    return { way, ...stepsInView(snapshot, (node) => node.highlighted) };
  });
}
