import { layoutEdges } from '../../src/core/route/route-flow.ts';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { firstSchool } from './content.ts';
import { download, openTab, startFromTemplate, waitForChart } from './editor-helpers.ts';

const school = firstSchool();
const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('export then import gives the identical route', async ({ page }) => {
  await page.goto(`/bewerken/${school.slug}`);
  await waitForChart(page);
  await openTab(page, /Bestand/);
  const first = await download(page, 'Routebestand (JSON) downloaden');
  expect(first.name).toBe(`${school.slug}.json`);
  expect(first.text.split('\n')[1]).toBe('  "$schema": "/schema/route.v1.json",');
  expect(JSON.parse(first.text)).toEqual({ $schema: '/schema/route.v1.json', ...school.route });

  await page.getByLabel('Kies een bestand (.json)').setInputFiles(first.path);
  await expect(page.getByRole('status').filter({ hasText: 'Route ingelezen' })).toBeAttached();
  const second = await download(page, 'Routebestand (JSON) downloaden');
  expect(second.text).toBe(first.text);
});

test('an invalid import lists every problem and keeps the draft', async ({ page }) => {
  await page.goto(`/bewerken/${school.slug}`);
  await waitForChart(page);
  await openTab(page, /Bestand/);
  const broken = {
    ...school.route,
    title: '',
    edges: [{ from: 'mentor', to: 'nergens', kind: 'refers' }],
    lable: 'x',
  };
  await page.getByLabel('Of plak de inhoud van het bestand').fill(JSON.stringify(broken));
  await page.getByRole('button', { name: 'Geplakte tekst inlezen' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Niet ingelezen' });
  await expect(alert).toBeFocused();
  await expect(alert).toBeInViewport();
  await expect(alert).toContainText('Route › titel (/title): mag niet leeg zijn');
  await expect(alert).toContainText('onbekend veld "lable"');
  await expect(alert).toContainText('Je concept is niet veranderd');
  await expect(
    page.getByRole('tab', { name: `Stappen (${school.route.nodes.length})` }),
  ).toBeVisible();
  const kept = await download(page, 'Routebestand (JSON) downloaden');
  expect(JSON.parse(kept.text).title).toBe(school.route.title);
});

test('a file of a newer format version says so plainly', async ({ page }) => {
  await page.goto('/bewerken');
  await page
    .getByLabel('Of plak de inhoud van het bestand')
    .fill(JSON.stringify({ ...school.route, version: 2 }));
  await page.getByRole('button', { name: 'Geplakte tekst openen' }).click();
  await expect(page.getByRole('alert')).toContainText('versie 2 van het routeformaat');
});

test('the share link opens the same route as a new draft', async ({ page, context }) => {
  await startFromTemplate(page, /middelbaar beroepsonderwijs/);
  await openTab(page, /^Route$/);
  await page.getByLabel(/^Naam van de school/).fill('Vakschool Gedeeld');
  await openTab(page, /Bestand/);
  await page.getByRole('button', { name: 'Deellink maken' }).click();
  const link = await page.getByLabel(/^Deellink/).inputValue();
  expect(link).toMatch(/\/bewerken\/concept#route=[A-Za-z0-9_-]+$/);

  const other = await context.newPage();
  await other.goto(link);
  await expect(other).toHaveURL(/\/bewerken\/concept\?id=concept-/);
  await waitForChart(other);
  await openTab(other, /^Route$/);
  await expect(other.getByLabel(/^Naam van de school/)).toHaveValue('Vakschool Gedeeld');
  expect(other.url()).not.toBe(page.url());
  // Two drafts now, holding the same route: the link did not overwrite the first one.
  const routes = await other.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('routekaart:concept:'))
      .map((key) => JSON.parse(localStorage.getItem(key)!).route),
  );
  expect(routes).toHaveLength(2);
  expect(routes[0]).toEqual(routes[1]);
});

test('the exported SVG holds every node label and the main flow', async ({ page }) => {
  await page.goto(`/bewerken/${school.slug}`);
  await waitForChart(page);
  await openTab(page, /Bestand/);
  const svg = await download(page, 'Schema als SVG downloaden');
  expect(svg.name).toBe(`${school.slug}.svg`);
  expect(svg.text).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  for (const node of school.route.nodes) expect(svg.text).toContain(xmlText(node.label));
  const flow = layoutEdges(school.route);
  for (const edge of flow)
    expect(svg.text).toContain(
      `data-edge-id="${xmlText(`${edge.from}->${edge.to}:${edge.kind}`)}"`,
    );
  expect(svg.text.match(/<polyline/g)?.length).toBeGreaterThanOrEqual(flow.length);

  const png = await download(page, 'Schema als PNG downloaden');
  expect(png.name).toBe(`${school.slug}.png`);
  expect(readFileSync(png.path).subarray(1, 4).toString()).toBe('PNG');
});

test('errors block the download and say why', async ({ page }) => {
  await startFromTemplate(page, /voortgezet onderwijs/);
  await openTab(page, /Bestand/);
  await expect(page.getByText(/Downloaden kan pas als alles is ingevuld/)).toBeVisible();
  // aria-disabled, not disabled: it stays focusable, and pressing it says why.
  await page.getByRole('button', { name: 'Routebestand (JSON) downloaden' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: /Controle/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('a file that is not JSON gets a focused, Dutch error summary with line and column', async ({
  page,
}) => {
  await page.goto('/bewerken');
  await page.getByLabel('Kies een bestand (.json)').setInputFiles({
    name: 'kapot.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "version": 1,\n  "nodes": [1 2]\n}'),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'Niet ingelezen' });
  await expect(alert).toBeFocused();
  await expect(alert).toBeInViewport();
  await expect(alert).toContainText('het bestand heeft 1 fout. Er is geen concept gemaakt.');
  await expect(alert).toContainText(
    'regel 3, kolom 15: ongeldige JSON: hier hoort een komma (voor het volgende item) of een ]',
  );
  await expect(alert).not.toContainText(/Expected|Unexpected|valid JSON/);
  await expect(page).toHaveURL(/\/bewerken$/);

  // Text that is no JSON at all: the engine gives no position, the summary still does.
  await page.getByLabel('Of plak de inhoud van het bestand').fill('niet eens json');
  await page.getByRole('button', { name: 'Geplakte tekst openen' }).click();
  await expect(alert).toBeFocused();
  await expect(alert).toContainText('regel 1, kolom 1: ongeldige JSON: hier hoort een waarde');
  await expect(alert).not.toContainText(/Unexpected|valid JSON/);
});

test('a file of the wrong shape names each place in words, then its JSON path', async ({
  page,
}) => {
  await page.goto(`/bewerken/${school.slug}`);
  await waitForChart(page);
  await openTab(page, /Bestand/);
  const nodes = school.route.nodes.map((node, index) =>
    index === 2 ? { ...node, label: '' } : node,
  );
  const broken = { ...school.route, version: 0, nodes };
  await page.getByLabel('Kies een bestand (.json)').setInputFiles({
    name: 'vorm.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'Niet ingelezen' });
  await expect(alert).toBeFocused();
  await expect(alert).toContainText('het bestand heeft 2 fouten. Je concept is niet veranderd.');
  await expect(alert).toContainText('Route › versie (/version): moet 1 zijn');
  await expect(alert).toContainText(
    `Stap "${school.route.nodes[2]!.id}" › naam (/nodes/2/label): mag niet leeg zijn`,
  );
  const kept = await download(page, 'Routebestand (JSON) downloaden');
  expect(JSON.parse(kept.text).nodes[2].label).toBe(school.route.nodes[2]!.label);
});
