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

test('route page titles name the school once, on the route, print, embed and compare pages', async ({
  page,
}) => {
  const template = ROUTES.find((entry) => entry.route.kind === 'template')!;
  const care = ROUTES.find((entry) => entry.route.kind === 'care')!;
  const once = (title: string, name: string) => title.split(name).length - 1;
  for (const [path, expected] of [
    [`/school/${school.slug}`, `${school.route.title} | Routekaart`],
    [`/school/${school.slug}/afdrukken`, `Printversie: ${school.route.title} | Routekaart`],
    [`/embed/${school.slug}`, `${school.route.title} | Routekaart`],
    [`/route/${template.slug}`, `${template.route.title} | Routekaart`],
    [`/route/${template.slug}/afdrukken`, `Printversie: ${template.route.title} | Routekaart`],
    [`/embed/${template.slug}`, `${template.route.title} | Routekaart`],
    [`/route/${care.slug}`, `${care.route.title} | Routekaart`],
    [`/route/${care.slug}/afdrukken`, `Printversie: ${care.route.title} | Routekaart`],
  ] as const) {
    await page.goto(path);
    await expect(page, path).toHaveTitle(expected);
    expect(once(await page.title(), school.name) <= 1, path).toBe(true);
  }
  // A pair with its own page: a school and the template closest to it.
  const regenboog = ROUTES.find((entry) => entry.slug === 'de-regenboog-voorbeeldstad')!;
  await page.goto(`/vergelijk/${regenboog.slug}/template-po`);
  const compared = await page.title();
  expect(compared).toMatch(/^Vergelijk .* \| Routekaart$/);
  expect(once(compared, regenboog.route.school!.name)).toBe(1);
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
