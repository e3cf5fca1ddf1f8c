import { expect, test } from '@playwright/test';
import { firstSchool } from './content.ts';
import { expectNoSeriousAxeViolations } from './reading-helpers.ts';

const school = firstSchool();

test('the embed page shows the chart and the text route without the site navigation', async ({
  page,
}) => {
  await page.goto(`/embed/${school.slug}`);
  await expect(page.getByRole('group', { name: /Stroomschema/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'De route als tekst' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  const back = page.getByRole('link', { name: 'Bekijk de volledige route op Routekaart' }).first();
  await expect(back).toHaveAttribute('href', `/school/${school.slug}`);
  await expect(back).toHaveAttribute('target', '_top');
  // The skip link still leads somewhere.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#main_content')).toBeFocused();
});

test('the embed page fits a narrow frame', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(`/embed/${school.slug}`);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
});

test('the route page offers iframe code to copy, by keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/school/${school.slug}`);
  await page.getByText('Zet deze route op uw eigen website').click();
  const code = page.getByRole('textbox', { name: 'Code om in te voegen' });
  await expect(code).toHaveValue(
    new RegExp(`^<iframe src="http://localhost:\\d+/embed/${school.slug}" title="[^"]+"`),
  );
  await page.getByRole('button', { name: 'Kopieer' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('De code is gekopieerd.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
});

test('axe finds no serious or critical violations on the embed page', async ({ page }) => {
  await page.goto(`/embed/${school.slug}`);
  await expectNoSeriousAxeViolations(page);
});
