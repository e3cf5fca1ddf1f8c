import { expectNoSeriousAxeViolations } from './axe.ts';
import { expect, test } from '@playwright/test';
import { ROUTES, firstSchool } from './content.ts';

const school = firstSchool();

for (const [name, path] of [
  ['home', '/'],
  ['route', `/school/${school.slug}`],
  ['404', '/bestaat-niet'],
] as const) {
  test(`axe finds no serious or critical violations on the ${name} page`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousAxeViolations(page);
  });
}

test('an unknown page answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/school/bestaat-niet');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
  await expect(page).toHaveTitle(/niet gevonden/);
});

test('every page has Dutch as its language, a title and a working skip link', async ({ page }) => {
  await page.goto(`/school/${school.slug}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page).toHaveTitle(new RegExp(school.name));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main_content')).toBeFocused();
});

test('every route in the content has its own page', async ({ page }) => {
  for (const { slug, route } of ROUTES) {
    const response = await page.goto(
      route.kind === 'school' ? `/school/${slug}` : `/route/${slug}`,
    );
    expect(response?.status(), slug).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      route.school?.name ?? route.title,
    );
  }
});

test('the JSON Schema is published for editors', async ({ request }) => {
  const response = await request.get('/schema/route.v1.json');
  expect(response.status()).toBe(200);
  const schema = (await response.json()) as { properties: Record<string, unknown> };
  expect(Object.keys(schema.properties)).toEqual(
    expect.arrayContaining(['version', 'kind', 'nodes', 'edges']),
  );
});
