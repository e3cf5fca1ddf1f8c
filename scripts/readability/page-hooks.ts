/**
 * Everything the readability bench assumes about the route page's DOM, in one place, so it
 * can be adapted when the page changes. Nothing else in scripts/readability/ names a
 * selector, a class or a button text.
 *
 * What the page must keep for the bench to work:
 * - the chart's pan/zoom box carries `data-view-state`; a value in `unsettledViewStates`
 *   while the view is still provisional, any other value once it has settled;
 * - the chart is drawn as inline SVG inside that box;
 * - each step is an element with `data-node-id` inside it, holding its shape
 *   (`.chart-shape`, the first one is the step's box) and its label (`.chart-node-label`,
 *   one <tspan> per drawn line);
 * - a highlighted step (a way, a neighbourhood) has `data-emphasis="highlighted"` on or
 *   inside its `data-node-id` element;
 * - every drawn step label, also on the print view, has the class `chart-node-label`;
 * - a button named "Passend maken" fits the whole chart;
 * - the path finder offers quick questions as buttons in a list named "Veelgestelde vragen:",
 *   or selects labelled "Van" and "Naar" (option values are node ids) and a button
 *   "Toon de weg".
 */
import type { Locator, Page } from '@playwright/test';

export const HOOKS = {
  chart: '[data-view-state]',
  viewStateAttribute: 'data-view-state',
  /** Values of the attribute while the view is not final yet (before measuring the page). */
  unsettledViewStates: ['voorlopig'],
  /** The drawing inside the chart box; the visible chart is the box ∩ this. */
  drawing: 'svg',
  node: '[data-node-id]',
  nodeIdAttribute: 'data-node-id',
  nodeShape: '.chart-shape',
  label: '.chart-node-label',
  labelLine: 'tspan',
  highlighted: '[data-emphasis="highlighted"]',
  /**
   * Every chart label on the route page and the print view (which draws the chart without
   * links, so without data-node-id): hidden for a second print to tell them from other text.
   */
  printLabel: '.chart-node-label',
} as const;

export function chart(page: Page): Locator {
  return page.locator(HOOKS.chart).first();
}

export function fitButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Passend maken', exact: true }).first();
}

export function quickQuestions(page: Page): Locator {
  return page.getByRole('list', { name: 'Veelgestelde vragen:' }).getByRole('button');
}

/** Chooses a way with the van/naar selects (node ids) and shows it. */
export async function chooseWay(page: Page, from: string, to: string): Promise<void> {
  await page.getByLabel('Van', { exact: true }).first().selectOption(from);
  await page.getByLabel('Naar', { exact: true }).first().selectOption(to);
  await page.getByRole('button', { name: 'Toon de weg' }).first().click();
}
