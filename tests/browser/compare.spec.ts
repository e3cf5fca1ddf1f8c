import { expect, test } from '@playwright/test';
import { closestTemplate } from '../../src/core/reading/closest-template.ts';
import { normaliseLabel } from '../../src/core/reading/normalise-label.ts';
import { ROUTES, firstSchool } from './content.ts';
import { expectNoSeriousAxeViolations } from './reading-helpers.ts';

const school = firstSchool();
const template = closestTemplate(ROUTES, school.route.sector)!.template;

/** A role or partner of the school that the template has under no id and no label. */
const onlyInSchool = school.route.nodes.find(
  (node) =>
    !template.route.nodes.some(
      (other) => other.id === node.id || normaliseLabel(other.label) === normaliseLabel(node.label),
    ),
)!;

test('a school page links to the comparison with its template, which lists a known difference', async ({
  page,
}) => {
  await page.goto(`/school/${school.slug}`);
  await page.getByRole('link', { name: 'Vergelijk met het algemene voorbeeld' }).click();
  await expect(page).toHaveURL(`/vergelijk/${school.slug}/${template.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Vergelijk twee routes');
  const differences = page.getByRole('region', { name: 'Wat er verschilt' });
  const heading = differences
    .getByRole('heading', { name: /^Onderdelen alleen in .*School|^Onderdelen alleen in / })
    .first();
  await expect(heading).toContainText(school.name);
  await expect(
    differences.locator('ul').first().getByRole('listitem').filter({ hasText: onlyInSchool.label }),
  ).toHaveCount(1);
  await expect(page.getByRole('img', { name: /^Stroomschema/ })).toHaveCount(2);
});

test('the compare form compares any two routes in the browser', async ({ page }) => {
  const [a, b] = ROUTES.filter((entry) => entry.route.kind !== 'school');
  await page.goto('/vergelijk');
  await page.getByLabel('Eerste route').selectOption(a!.slug);
  await page.getByLabel('Tweede route').selectOption(b!.slug);
  await page.getByRole('button', { name: 'Vergelijk' }).click();
  await expect(page).toHaveURL(`/vergelijk?a=${a!.slug}&b=${b!.slug}`);
  await expect(page.getByRole('heading', { name: 'Wat er verschilt' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Stroomschema/ })).toHaveCount(2);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Wat er verschilt' })).toBeVisible();
});

test('routes chosen before the compare page has hydrated are kept', async ({ page }) => {
  const [a, b] = ROUTES.filter((entry) => entry.route.kind !== 'school');
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/entry.client-*.js', async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto('/vergelijk', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Eerste route').selectOption(a!.slug);
  await page.getByLabel('Tweede route').selectOption(b!.slug);
  release();
  await page.waitForFunction(() => performance.getEntriesByName('routekaart:hydrate').length > 0);
  await page.getByRole('button', { name: 'Vergelijk' }).click();
  await expect(page).toHaveURL(`/vergelijk?a=${a!.slug}&b=${b!.slug}`);
});

test('an unknown route in the compare URL gets a clear message', async ({ page }) => {
  await page.goto(`/vergelijk?a=${school.slug}&b=bestaat-niet`);
  await expect(page.getByRole('status')).toContainText(
    'Er is geen route met de naam “bestaat-niet”',
  );
});

test('axe finds no serious or critical violations on the compare pages', async ({ page }) => {
  await page.goto(`/vergelijk/${school.slug}/${template.slug}`);
  await expectNoSeriousAxeViolations(page);
  await page.goto(
    `/vergelijk?a=${school.slug}&b=${ROUTES.find((entry) => entry.slug !== school.slug && entry.slug !== template.slug)!.slug}`,
  );
  await expect(page.getByRole('heading', { name: 'Wat er verschilt' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
