import { expect, test } from '@playwright/test';
import { ROUTES, firstSchool } from './content.ts';

const school = firstSchool();
const template = ROUTES.find((entry) => entry.route.kind === 'template')!;
const care = ROUTES.find((entry) => entry.route.kind === 'care')!;

/** The main pages a reader reaches from the menu, one of each kind. */
const PAGES = [
  '/',
  `/school/${school.slug}`,
  `/route/${template.slug}`,
  `/route/${care.slug}`,
  '/begrippen',
  '/begrippen/mdo',
  '/sociale-kaart',
  // The longest word in a heading: "Samenwerkingsverband".
  '/sociale-kaart/swv-voorbeeldregio-po',
  // The school with the longest name in the compare dropdowns.
  '/vergelijk/de-regenboog-voorbeeldstad/template-po',
  '/vergelijk',
  '/publiceren',
  '/beheer',
  '/bewerken',
];

test.use({ viewport: { width: 390, height: 844 } });

for (const path of PAGES) {
  test(`${path} fits a 390 px wide phone without sideways scrolling`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Hydration can add controls (the editor's start choices, the compare charts): let it settle.
    await page.waitForLoadState('networkidle');
    // Name what sticks out, so a failure says where to look instead of only "too wide".
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > 390.5)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    );
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `too wide: ${wide.join(', ')}`).toBeLessThanOrEqual(390);
  });
}

test('on a phone the network figure scrolls sideways in its own box, also by keyboard', async ({
  page,
}) => {
  await page.goto('/sociale-kaart');
  const figure = page.getByRole('region', { name: 'Figuur netwerk: onderwijs' });
  const scroll = () => figure.evaluate((element) => element.scrollLeft);
  expect(await figure.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await figure.focus();
  await expect(figure).toBeFocused();
  expect(await scroll()).toBe(0);
  await page.keyboard.press('ArrowRight');
  await expect.poll(scroll).toBeGreaterThan(0);
});
