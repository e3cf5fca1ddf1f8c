/**
 * First contentful paint of a page with JavaScript and without, each load in a new
 * context (empty cache), alternating so that load on the machine hits both alike.
 */
import type { Browser } from '@playwright/test';
import { median } from './chart-figures.ts';
import { DESKTOP } from './measure-chart.ts';

export interface PaintFigures {
  withJsMs: number;
  withoutJsMs: number;
  /** with / without. */
  ratio: number;
  loads: number;
  /** Every load, ms, in order. */
  samples: { withJs: number[]; withoutJs: number[] };
}

async function firstContentfulPaint(browser: Browser, url: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled });
  try {
    const page = await context.newPage();
    await page.goto(url);
    // Read by polling: with JavaScript off no observer callback runs in the page.
    for (let attempt = 0; attempt < 100; attempt++) {
      const paint = await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      );
      if (paint !== null) return paint;
      await page.waitForTimeout(50);
    }
    throw new Error(`${url}: no first contentful paint within 5 s after load`);
  } finally {
    await context.close();
  }
}

export async function paintFigures(
  browser: Browser,
  url: string,
  loads = 5,
): Promise<PaintFigures> {
  const withJs: number[] = [];
  const withoutJs: number[] = [];
  for (let load = 0; load < loads; load++) {
    withJs.push(await firstContentfulPaint(browser, url, true));
    withoutJs.push(await firstContentfulPaint(browser, url, false));
  }
  const withJsMs = median(withJs)!;
  const withoutJsMs = median(withoutJs)!;
  return {
    withJsMs,
    withoutJsMs,
    ratio: withJsMs / withoutJsMs,
    loads,
    samples: { withJs, withoutJs },
  };
}
