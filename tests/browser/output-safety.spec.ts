/**
 * What every page guarantees (docs/security.md): content links lead only to web, mail or
 * phone addresses or to this site.
 */
import { expect, test } from '@playwright/test';
import { ROUTES, firstSchool } from './content.ts';
import { ORGANISATIONS } from './socialmap-content.ts';

const school = firstSchool().slug;
const template = ROUTES.find((entry) => entry.route.kind === 'template')!.slug;

/** One page of every type the site has. */
export const PAGE_TYPES = [
  '/',
  '/begrippen',
  '/begrippen/mdo',
  `/school/${school}`,
  `/school/${school}/afdrukken`,
  `/route/${template}`,
  `/embed/${school}`,
  '/sociale-kaart',
  `/sociale-kaart/${ORGANISATIONS[0]!.id}`,
  `/sociale-kaart/visitekaartjes/${school}`,
  '/vergelijk',
  '/publiceren',
  '/bewerken',
  `/bewerken/${school}`,
  '/bewerken/concept',
  '/bestaat-niet',
];

const ALLOWED_HREF = /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;

for (const path of PAGE_TYPES) {
  test(`every link on ${path} leads to an allowed address`, async ({ page }) => {
    await page.goto(path);
    const hrefs = await page
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !ALLOWED_HREF.test(href))).toEqual([]);
  });
}

test('links to other sites cannot reach back into this page', async ({ page }) => {
  await page.goto('/begrippen/mdo');
  const external = page.locator('a[href^="http"]');
  await expect(external.first()).toBeAttached();
  for (const rel of await external.evaluateAll((links) =>
    links.map((link) => link.getAttribute('rel') ?? ''),
  ))
    expect(rel).toContain('noopener');
});

test('the publishing help gives the same iframe code as the route page', async ({ page }) => {
  await page.goto('/publiceren');
  await expect(page.getByLabel('Code voor je website')).toHaveValue(
    /^<iframe src="http:\/\/localhost:\d+\/embed\/[a-z0-9-]+" title="Ondersteuningsroute: [^"]+"/,
  );
});
