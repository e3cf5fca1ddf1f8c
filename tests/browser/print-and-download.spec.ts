import { layoutEdges } from '../../src/core/route/route-flow.ts';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ROUTES, firstSchool } from './content.ts';
import { expectNoSeriousAxeViolations } from './reading-helpers.ts';

const school = firstSchool();
const url = `/school/${school.slug}`;

test('printing the route page shows no navigation or buttons and includes the text route', async ({
  page,
}) => {
  await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Toon de weg' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Printversie / PDF' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'De route als tekst' })).toBeVisible();
  await expect(page.getByRole('group', { name: /Stroomschema/ })).toBeVisible();
});

test('the print version opens from the route page and prints only on request', async ({ page }) => {
  // On every document: the link may be followed before its part of the page has hydrated
  // (a full page load then), or after (a client-side navigation).
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.goto(url);
  await page.getByRole('link', { name: 'Printversie / PDF' }).click();
  await expect(page).toHaveURL(`${url}/afdrukken`);
  await expect(page.getByRole('img', { name: /^Stroomschema/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'De route als tekst' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Contactgegevens' })).toBeVisible();
  await expect(page.getByText(/^Gecontroleerd op/).last()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);
  await page.getByRole('button', { name: 'Afdrukken of bewaren als PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  // Role queries skip what is not rendered: in print there are no buttons or menus at all.
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Terug naar de route' })).toBeHidden();
});

/** Each node label's text in the file, lines joined (the layout wraps long labels). */
function nodeLabelsIn(svg: string): string[] {
  return [...svg.matchAll(/<g class="chart-node-label"[^>]*>(.*?)<\/g>/g)].map((match) =>
    [...match[1]!.matchAll(/<text[^>]*>(.*?)<\/text>/g)]
      .map((line) => line[1]!)
      .join(' ')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>'),
  );
}
const squash = (text: string) => text.replace(/\s+/g, '');

test('the SVG download is a standalone drawing with every node label and a legend', async ({
  page,
}) => {
  await page.goto(url);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download het schema (SVG)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${school.slug}-schema.svg`);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toMatch(/<title>[^<]+<\/title>/);
  expect(svg).not.toMatch(/<script|<style|class="chart-node"/);
  expect(svg).toContain('>Legenda<');
  const labels = nodeLabelsIn(svg).map(squash);
  for (const node of school.route.nodes) expect(labels).toContain(squash(node.label));
  // The main flow is drawn, like a procesplaat; the relations around it are in the text.
  expect(svg.match(/class="chart-edge"/g)).toHaveLength(layoutEdges(school.route).length);
  expect(svg).not.toContain('data-on-demand');
});

test('every route has an SVG file served as an image', async ({ request }) => {
  for (const { slug, route } of ROUTES) {
    const base = route.kind === 'school' ? '/school' : '/route';
    const response = await request.get(`${base}/${slug}/schema.svg`);
    expect(response.status(), slug).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
  }
});

test('axe finds no serious or critical violations on the print version', async ({ page }) => {
  await page.goto(`${url}/afdrukken`);
  await expectNoSeriousAxeViolations(page);
});
