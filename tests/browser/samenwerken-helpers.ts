/** Shared steps for the /samenwerken browser tests. */
import { type Page, expect } from '@playwright/test';

/** The page fits a 390 px phone: nothing sticks out sideways (names what does, if anything). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `too wide: ${wide.join(', ')}`).toBeLessThanOrEqual(
    await page.evaluate(() => window.innerWidth),
  );
}
