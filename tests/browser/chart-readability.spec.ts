/**
 * Issue 10: the route chart reads at a glance. The whole route fits the chart box and the
 * window, a chosen way comes into view, a part of the chart can be chosen, and paper gets the
 * whole chart on its first page (read back with pdftotext from Debian's poppler-utils). (All label sizes per route are measured by `npm run bench:readability`.)
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { routeUrl } from '../../src/core/route/route-urls.ts';
import { LABEL_LINE_HEIGHT } from '../../src/layout/box-metrics.ts';
import { ROUTES } from './content.ts';

const college = ROUTES.find((entry) => entry.slug === 'het-voorbeeld-college');
if (!college) throw new Error('het-voorbeeld-college is missing from the content');
const url = `/school/${college.slug}`;
const chart = (page: Page) => page.getByRole('group', { name: /Stroomschema/ });

test.use({ viewport: { width: 1280, height: 800 } });

/** How many of the boxes lie inside the chart box and inside the window. */
async function boxesInView(page: Page, boxes: Locator): Promise<{ inside: number; all: number }> {
  const frame = await chart(page).boundingBox();
  if (!frame) throw new Error('the chart box is not drawn');
  const window = page.viewportSize() ?? { width: 0, height: 0 };
  let inside = 0;
  for (const box of await boxes.all()) {
    const rect = await box.boundingBox();
    if (
      rect &&
      rect.x >= frame.x - 1 &&
      rect.y >= frame.y - 1 &&
      rect.x + rect.width <= frame.x + frame.width + 1 &&
      rect.y + rect.height <= frame.y + frame.height + 1 &&
      rect.y >= 0 &&
      rect.y + rect.height <= window.height
    )
      inside += 1;
  }
  return { inside, all: await boxes.count() };
}

test('the chart starts in the upper half of the first screen', async ({ page }) => {
  await page.goto(url);
  const frame = await chart(page).boundingBox();
  expect(frame?.y).toBeLessThan(400);
});

test('"Passend maken" shows every step inside the chart box and the window', async ({ page }) => {
  await page.goto(url);
  await expect(chart(page)).toHaveAttribute('data-view-state', 'klaar');
  await page.getByRole('button', { name: 'Passend maken' }).click();
  const { inside, all } = await boxesInView(page, chart(page).locator('.chart-node-figure'));
  expect(all).toBe(college.route.nodes.length);
  expect(inside).toBe(all);
});

test('fitted, every bundled route up to 35 steps shows label lines of at least 10 px', async ({
  page,
}) => {
  for (const { slug, route } of ROUTES.filter((entry) => entry.route.nodes.length <= 35)) {
    await page.goto(routeUrl(slug, route.kind));
    await expect(chart(page)).toHaveAttribute('data-view-state', 'klaar');
    await page.getByRole('button', { name: 'Passend maken' }).click();
    // CSS pixels per chart unit of the boxes as drawn, times the units of one label line.
    const pixelsPerUnit = await chart(page)
      .locator('.chart-node-figure')
      .first()
      .evaluate((figure) => (figure as SVGGraphicsElement).getScreenCTM()?.a ?? 0);
    expect(pixelsPerUnit * LABEL_LINE_HEIGHT, slug).toBeGreaterThanOrEqual(10);
  }
});

test('a chosen way comes into view, every step of it inside the chart box', async ({ page }) => {
  await page.goto(url);
  await expect(chart(page)).toHaveAttribute('data-view-state', 'klaar');
  await page
    .getByRole('list', { name: 'Veelgestelde vragen:' })
    .getByRole('button')
    .first()
    .click();
  const way = chart(page).locator('.chart-node-figure[data-emphasis="highlighted"]');
  await expect(way.first()).toBeVisible();
  const { inside, all } = await boxesInView(page, way);
  expect(all).toBeGreaterThanOrEqual(2);
  expect(inside).toBe(all);
});

test('only the main flow is drawn until the reader asks for the rest', async ({ page }) => {
  await page.goto(url);
  await expect(chart(page)).toHaveAttribute('data-view-state', 'klaar');
  const aside = chart(page).locator('.chart-edge[data-on-demand]');
  await expect(aside).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Alle verbindingen' }).check();
  await expect(aside.first()).toBeAttached();
  expect(await aside.count()).toBeGreaterThan(0);
});

test('a part of the chart can be chosen, and is shown larger', async ({ page }) => {
  await page.goto(url);
  await expect(chart(page)).toHaveAttribute('data-view-state', 'klaar');
  await page.getByRole('button', { name: 'Passend maken' }).click();
  const zoom = page.getByText(/^Zoom \d+%$/);
  const whole = Number((await zoom.textContent())?.match(/\d+/)?.[0]);
  await page
    .getByRole('group', { name: 'Delen van het schema' })
    .getByRole('button', { name: 'Buiten school' })
    .click();
  await expect(zoom).not.toHaveText(`Zoom ${whole}%`);
  expect(Number((await zoom.textContent())?.match(/\d+/)?.[0])).toBeGreaterThan(whole);
});

test('printed on A4 landscape, page 1 holds every step of the chart', async ({ page }) => {
  await page.goto(url);
  await expect(chart(page)).toHaveAttribute('data-view-state', 'klaar');
  await page.emulateMedia({ media: 'print' });
  const pdf = join(tmpdir(), `routekaart-print-${process.pid}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', landscape: true, printBackground: true }));
  const pageOne = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'])
    .toString()
    .replace(/\s+/g, '');
  const missing = college.route.nodes.filter(
    (node) => !pageOne.includes(node.label.replace(/\s+/g, '')),
  );
  expect(missing.map((node) => node.label)).toEqual([]);
  // Like a procesplaat: the chart fills the page under the route's name, so its labels are
  // printed at 5 pt or more (the chart under the title and facts printed them at 4 pt).
  const words = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdf, '-']).toString();
  const first = college.route.nodes[0]!.label.split(' ')[0]!;
  const heights = [...words.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)]
    .filter((match) => match[3] === first)
    .map((match) => Number(match[2]) - Number(match[1]));
  expect(heights.length).toBeGreaterThan(0);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(5);
});

const big = ROUTES.find((entry) => entry.slug === 'scholengemeenschap-de-voorbeeldhorst');
if (!big) throw new Error('scholengemeenschap-de-voorbeeldhorst is missing from the content');

test.describe('a route of 40 steps or more', () => {
  const overview = (page: Page) => page.getByRole('list', { name: 'Overzicht van de route' });

  test('opens with an overview of its parts, in the first screen, every step named', async ({
    page,
  }) => {
    await page.goto(`/school/${big.slug}`);
    await expect(overview(page)).toBeVisible();
    expect((await overview(page).boundingBox())?.y).toBeLessThan(400);
    for (const node of big.route.nodes)
      await expect(
        overview(page).getByRole('button', { name: node.label, exact: true }),
      ).toHaveCount(1);
    await expect(chart(page)).toBeHidden();
  });

  test('a part chosen in the overview opens in the chart, larger than the whole', async ({
    page,
  }) => {
    await page.goto(`/school/${big.slug}`);
    // The chart is measured behind the overview (hidden, so not found by role).
    await expect(page.locator('[data-view-state="klaar"]')).toBeAttached();
    await overview(page).getByRole('button', { name: 'Tweede schil: ondersteuning' }).click();
    await expect(chart(page)).toBeInViewport();
    const zoom = Number((await page.getByText(/^Zoom \d+%$/).textContent())?.match(/\d+/)?.[0]);
    await page.getByRole('button', { name: 'Passend maken' }).click();
    await expect(page.getByText(/^Zoom \d+%$/)).not.toHaveText(`Zoom ${zoom}%`);
    const whole = Number((await page.getByText(/^Zoom \d+%$/).textContent())?.match(/\d+/)?.[0]);
    expect(zoom).toBeGreaterThan(whole);
    await page.getByRole('button', { name: 'Overzicht' }).click();
    await expect(overview(page)).toBeInViewport();
  });

  test('printed from the overview, page 1 still holds the whole chart', async ({ page }) => {
    await page.goto(`/school/${big.slug}`);
    await expect(overview(page)).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const pdf = join(tmpdir(), `routekaart-print-big-${process.pid}.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'A4', landscape: true, printBackground: true }));
    const pageOne = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'])
      .toString()
      .replace(/\s+/g, '');
    const missing = big.route.nodes.filter(
      (node) => !pageOne.includes(node.label.replace(/\s+/g, '')),
    );
    expect(missing.map((node) => node.label)).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a route too wide to read whole opens with its parts, and the page stays put', async ({
    page,
  }) => {
    await page.goto(url);
    const overview = page.getByRole('list', { name: 'Overzicht van de route' });
    await expect(overview).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.getByRole('button', { name: 'Hele schema' }).click();
    await expect(chart(page)).toBeVisible();
  });

  test('a part chosen in the overview opens at a readable size, not as the whole chart', async ({
    page,
  }) => {
    await page.goto(url);
    await expect(page.locator('[data-view-state="klaar"]')).toBeAttached();
    await page
      .getByRole('list', { name: 'Overzicht van de route' })
      .getByRole('button', { name: /Tweede schil/ })
      .click();
    const zoom = page.getByText(/^Zoom \d+%$/);
    // 90 %: the size the chart opens at on a phone (READABLE_START); the whole chart is ~25 %.
    await expect(zoom).toHaveText('Zoom 90%');
  });
});
