/** Shared steps for the /samenwerken browser tests. */
import { type Locator, type Page, expect } from '@playwright/test';

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

/** Presses Tab until `target` has the focus: proves it can be reached by keyboard, in order. */
export async function tabTo(page: Page, target: Locator, maxTabs = 40): Promise<void> {
  for (let tab = 0; tab < maxTabs; tab++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** A scan file's content, as another person's computer would have exported it. */
export function scanFile(
  respondent: string,
  answers: Record<string, 'gaat-goed' | 'kan-beter' | 'weten-we-niet' | 'niet-van-toepassing'>,
  partnership = 'Basisschool De Linde met wijkteam Noord',
) {
  return {
    $schema: '/schema/zelfscan.v1.json',
    type: 'zelfscan',
    version: 1,
    partnership,
    respondent,
    date: '2026-11-27',
    answers: Object.fromEntries(Object.entries(answers).map(([id, score]) => [id, { score }])),
  };
}

/** Starts a scan from the start page with the keyboard only, and waits for the form. */
export async function startScanByKeyboard(page: Page, partnership: string, respondent: string) {
  await page.goto('/samenwerken/zelfscan');
  const field = page.getByLabel('Over welke samenwerking gaat het?');
  await tabTo(page, field);
  await page.keyboard.type(partnership);
  await page.keyboard.press('Tab');
  await page.keyboard.type(respondent);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/samenwerken\/zelfscan\/invullen\?id=zelfscan-/);
  await expect(page.getByRole('heading', { level: 2, name: '1. Randvoorwaarden' })).toBeVisible();
}
