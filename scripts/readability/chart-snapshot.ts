/**
 * Reading the chart in the browser: a snapshot of its boxes and labels, waiting until its
 * view has settled, and scrolling it into the window as a reader would.
 */
import type { Page } from '@playwright/test';
import type { ChartSnapshot } from './chart-figures.ts';
import { HOOKS } from './page-hooks.ts';

const SETTLE_TIMEOUT_MS = 15_000;

/**
 * page.evaluate for functions with helpers inside: tsx (esbuild keepNames) wraps named inner
 * functions in `__name(...)`, which does not exist in the page, so provide it around the call.
 */
export function inPage<A, R>(page: Page, fn: (arg: A) => R, arg: A): Promise<Awaited<R>> {
  return page.evaluate(
    `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`,
  ) as Promise<Awaited<R>>;
}

/** Runs in the page: everything is passed in, nothing is imported. */
function snapshotInPage(hooks: typeof HOOKS): ChartSnapshot | null {
  const chart = document.querySelector(hooks.chart);
  if (!chart) return null;
  const rect = (element: Element) => {
    const { left, top, width, height } = element.getBoundingClientRect();
    return { x: left, y: top, width, height };
  };
  const labelMetrics = (label: Element | null) => {
    if (!(label instanceof SVGGraphicsElement)) return null;
    const matrix = label.getScreenCTM();
    const lines = [...label.querySelectorAll(hooks.labelLine)];
    const first = lines[0]?.getBoundingClientRect();
    const second = lines[1]?.getBoundingClientRect();
    return {
      scale: matrix ? Math.hypot(matrix.a, matrix.b) : 0,
      fontSize: parseFloat(getComputedStyle(label).fontSize),
      linePitch: first && second ? Math.abs(second.top - first.top) : null,
    };
  };
  const chartBox = rect(chart);
  const drawing = chart.querySelector(hooks.drawing);
  return {
    chartTop: chartBox.y + window.scrollY,
    chartBox,
    drawingBox: drawing ? rect(drawing) : chartBox,
    window: {
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
    },
    nodes: [...chart.querySelectorAll(hooks.node)].map((node) => {
      const label = node.querySelector(hooks.label);
      const lineElements = label ? [...label.querySelectorAll(hooks.labelLine)] : [];
      const lines = lineElements.map((line) => line.textContent ?? '');
      return {
        id: node.getAttribute(hooks.nodeIdAttribute) ?? '',
        box: rect(node.querySelector(hooks.nodeShape) ?? node),
        highlighted: node.matches(hooks.highlighted) || !!node.querySelector(hooks.highlighted),
        lines: lines.length > 0 || !label ? lines : [label.textContent ?? ''],
        label: labelMetrics(label),
      };
    }),
  };
}

export async function snapshotChart(page: Page): Promise<ChartSnapshot | null> {
  return inPage(page, snapshotInPage, HOOKS);
}

/** Where every step is drawn, after two animation frames: equal twice means settled. */
async function fingerprint(page: Page): Promise<string> {
  return page.evaluate(
    (hooks) =>
      new Promise<string>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const boxes = [...document.querySelectorAll(`${hooks.chart} ${hooks.nodeShape}`)].map(
              (element) => {
                const { left, top, width, height } = element.getBoundingClientRect();
                return [left, top, width, height].map((value) => Math.round(value * 2)).join(',');
              },
            );
            resolve(`${window.scrollY};${boxes.join(';')}`);
          }),
        ),
      ),
    HOOKS,
  );
}

/**
 * Waits until the chart says its view is final (data-view-state) and nothing in it moves
 * any more (an animated pan or zoom, a resize): the same drawing twice, 150 ms apart.
 */
export async function waitForSettledChart(page: Page): Promise<void> {
  await page.waitForFunction(
    ({ chart, attribute, unsettled }) => {
      const value = document.querySelector(chart)?.getAttribute(attribute);
      return value !== null && value !== undefined && !unsettled.includes(value);
    },
    {
      chart: HOOKS.chart,
      attribute: HOOKS.viewStateAttribute,
      unsettled: [...HOOKS.unsettledViewStates] as string[],
    },
    { timeout: SETTLE_TIMEOUT_MS },
  );
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let previous = await fingerprint(page);
  while (Date.now() < deadline) {
    await page.waitForTimeout(150);
    const current = await fingerprint(page);
    if (current === previous) return;
    previous = current;
  }
  throw new Error('the chart kept moving for 15 s');
}

/**
 * Scrolls the chart box into the window as a reader would: entirely if it fits, else its
 * top to the top of the window.
 */
export async function scrollChartIntoView(page: Page): Promise<void> {
  await page.evaluate((selector) => {
    const chart = document.querySelector(selector);
    if (!chart) return;
    const fits = chart.getBoundingClientRect().height <= document.documentElement.clientHeight;
    chart.scrollIntoView({ block: fits ? 'nearest' : 'start', inline: 'nearest' });
  }, HOOKS.chart);
}
