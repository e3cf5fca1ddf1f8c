/**
 * The prerendered route page paints without waiting for JavaScript: its stylesheets are asked
 * for before the module preloads, and hydration starts after the first paint. (How long the
 * first paint takes is measured by scripts/bench-first-paint.ts, not asserted here.)
 */
import { expect, test } from '@playwright/test';
import { firstSchool } from './content.ts';

const url = `/school/${firstSchool().slug}`;

test('the route page asks for its stylesheets before its scripts', async ({ request }) => {
  const html = await (await request.get(url)).text();
  const head = html.slice(0, html.indexOf('</head>'));
  const stylesheets = [...head.matchAll(/<link\b[^>]*rel="stylesheet"/g)].map((m) => m.index);
  const preloads = [...head.matchAll(/<link\b[^>]*rel="modulepreload"/g)].map((m) => m.index);
  expect(stylesheets.length).toBeGreaterThan(0);
  expect(preloads.length).toBeGreaterThan(0);
  expect(Math.max(...stylesheets)).toBeLessThan(Math.min(...preloads));
});

test('the route page is painted before it hydrates, also with its scripts in the cache', async ({
  page,
}) => {
  const hydrationAfterFirstPaint = async () => {
    await page.goto(url);
    // Hydrated: the zoom buttons work.
    await expect(page.getByRole('button', { name: 'Passend maken' })).toBeEnabled();
    return page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const hydration = performance.getEntriesByName('routekaart:hydrate')[0];
      return paint && hydration ? hydration.startTime - paint.startTime : null;
    });
  };
  expect(await hydrationAfterFirstPaint()).toBeGreaterThanOrEqual(0);
  // Second visit: scripts from the cache are ready sooner.
  expect(await hydrationAfterFirstPaint()).toBeGreaterThanOrEqual(0);
});

test('parts that hydrate after the page stay on screen meanwhile, also with a way and a step in the URL', async ({
  page,
}) => {
  // Every heading the prerendered page shows, and whether any left the page during loading
  // (a part React cannot hydrate yet is dropped and drawn again once its code is there).
  await page.addInitScript(() => {
    const dropped: string[] = [];
    Object.assign(window, { droppedHeadings: dropped });
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.removedNodes)
          if (node instanceof Element)
            for (const heading of node.querySelectorAll('h2, h3'))
              dropped.push(heading.textContent ?? '');
    }).observe(document, { childList: true, subtree: true });
  });
  const { nodes } = firstSchool().route;
  await page.goto(`${url}?van=${nodes[0]!.id}&naar=${nodes.at(-1)!.id}#${nodes[1]!.id}`);
  await expect(page.getByRole('button', { name: 'Passend maken' })).toBeEnabled();
  await expect(page.getByRole('heading', { name: 'De route als tekst' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Zoek de weg tussen twee onderdelen' }),
  ).toBeVisible();
  // Give the later parts time to arrive and hydrate.
  await page.waitForLoadState('networkidle');
  expect(
    await page.evaluate(() => (window as unknown as { droppedHeadings: string[] }).droppedHeadings),
  ).toEqual([]);
});
