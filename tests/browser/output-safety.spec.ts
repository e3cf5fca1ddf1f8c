/**
 * What every page guarantees (docs/security.md): a Content-Security-Policy that nothing on
 * the page breaks, no request to another host, and content links that lead only to web,
 * mail or phone addresses or to this site.
 */
import { type Page, expect, test } from '@playwright/test';
import { ROUTES, firstSchool } from './content.ts';
import { canvasNode, startFromTemplate } from './editor-helpers.ts';
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
  '/beheer',
  '/bewerken',
  `/bewerken/${school}`,
  '/bewerken/concept',
  '/ouders',
  `/school/${school}/ouders`,
  `/school/${school}/wie-heb-ik-gesproken`,
  '/bestaat-niet',
];

/** Records CSP violations, CSP console errors and requests to other hosts while a page runs. */
async function watchPage(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy|CSP/i.test(message.text()))
      problems.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== 'localhost')
      problems.push(`request to another host: ${request.url()}`);
  });
  return problems;
}

for (const path of PAGE_TYPES) {
  test(`${path} carries a strict CSP that nothing on it breaks, and asks no other host`, async ({
    page,
  }) => {
    const problems = await watchPage(page);
    const response = await page.goto(path);
    const header = response?.headers()['content-security-policy'] ?? '';
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    for (const policy of [header, meta ?? '']) {
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    }
    expect(header.startsWith(meta!)).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

test('the editor lays out in its worker and exports a PNG under the CSP', async ({ page }) => {
  const problems = await watchPage(page);
  await startFromTemplate(page, /voortgezet onderwijs/);
  await page.getByLabel('Naam van de nieuwe stap').fill('Vertrouwenspersoon');
  await page.getByRole('button', { name: 'Stap toevoegen' }).click();
  await expect(canvasNode(page, 'Vertrouwenspersoon')).toBeVisible();
  expect(
    await page.evaluate(() => performance.getEntriesByName('routekaart:elk').length),
  ).toBeGreaterThan(0);
  await page.getByRole('tab', { name: /Bestand/ }).click();
  await page.getByRole('button', { name: 'Deellink maken' }).click();
  await expect(page.getByLabel(/^Deellink/)).toBeVisible();
  expect(problems).toEqual([]);
});

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

test('without Web Workers, the main-thread layout also runs under the CSP', async ({ page }) => {
  const problems = await watchPage(page);
  await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
  await startFromTemplate(page, /voortgezet onderwijs/);
  await page.getByLabel('Naam van de nieuwe stap').fill('Vertrouwenspersoon');
  await page.getByRole('button', { name: 'Stap toevoegen' }).click();
  await expect(canvasNode(page, 'Vertrouwenspersoon')).toBeVisible();
  expect(problems).toEqual([]);
});
