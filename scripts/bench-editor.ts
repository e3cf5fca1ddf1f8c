/**
 * Editor measurements in Chromium against the production build (`npm run build` first):
 * opening a route to its first laid-out chart, relayout after an edit with a warm worker,
 * main-thread long tasks while laying out, and the editor page's JavaScript weight.
 * Used by scripts/bench.ts; run alone with `npx tsx scripts/bench-editor.ts`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type Page, chromium } from '@playwright/test';
import { encodeShareFragment } from '../src/core/editor/share-link.ts';
import { measurePageJs } from './page-weight.ts';
import { syntheticRoute } from './synthetic-route.ts';

const PORT = Number(process.env.BENCH_EDITOR_PORT ?? 4399);
const BASE = `http://localhost:${PORT}`;
const EDITS = 15;

declare global {
  interface Window {
    longTasks: { start: number; duration: number }[];
  }
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn(join('node_modules', '.bin', 'tsx'), ['scripts/serve.ts'], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: 'ignore',
    detached: true,
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (
      await fetch(BASE).then(
        () => true,
        () => false,
      )
    )
      return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server on ${BASE} did not start`);
}

/** Opens the route through a share link and returns ms from navigation to the laid-out chart. */
async function openRoute(page: Page, size: number): Promise<number> {
  const route = syntheticRoute(size);
  return openUrl(page, `${BASE}/bewerken/concept#${await encodeShareFragment(route)}`, size);
}

async function openUrl(page: Page, url: string, size: number): Promise<number> {
  await page.goto(url);
  const ready = await page.waitForFunction(
    (count) =>
      // Big routes draw only the steps in view: wait for the layout of all, and a drawn step.
      document.querySelector('.editor')?.getAttribute('data-laid-out-steps') === String(count) &&
      document.querySelector('.editor')?.getAttribute('data-layout-state') === 'klaar' &&
      document.querySelector('.react-flow__node-routeNode')
        ? performance.now()
        : null,
    size,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await ready.jsonValue()) as number;
}

/** Types into a node's label (each key a layout change) and reads the relayout measures. */
async function relayouts(page: Page) {
  await page.locator('.item-list .item-button').nth(1).click();
  await page.getByLabel(/^Naam in het schema/).focus();
  await page.evaluate(() => {
    performance.clearMeasures('routekaart:relayout');
    performance.clearMeasures('routekaart:elk');
    window.longTasks = [];
  });
  for (let edit = 0; edit < EDITS; edit++) {
    await page.keyboard.type('x');
    await page.waitForFunction(
      () => document.querySelector('.editor')?.getAttribute('data-layout-state') === 'klaar',
      undefined,
      { polling: 'raf' },
    );
    await page.waitForTimeout(100);
  }
  const measured = await page.evaluate(() => ({
    times: performance.getEntriesByName('routekaart:relayout').map((entry) => entry.duration),
    elkTimes: performance.getEntriesByName('routekaart:elk').map((entry) => entry.duration),
    longTasks: window.longTasks.map((task) => task.duration),
  }));
  return { ...measured, undoTimes: await undos(page) };
}

/** Undo and redo of the typing (one step): each returns to a route the editor laid out before. */
async function undos(page: Page): Promise<number[]> {
  await page.evaluate(() => performance.clearMeasures('routekaart:relayout'));
  for (let edit = 0; edit < 6; edit++) {
    await page.getByRole('button', { name: edit % 2 ? 'Opnieuw' : 'Ongedaan maken' }).click();
    await page.waitForFunction(
      () => document.querySelector('.editor')?.getAttribute('data-layout-state') === 'klaar',
      undefined,
      { polling: 'raf' },
    );
  }
  return page.evaluate(() =>
    performance.getEntriesByName('routekaart:relayout').map((entry) => entry.duration),
  );
}

async function measureSize(browser: Browser, size: number) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const coldOpen = await openRoute(page, size);
  const warmOpen = await openRoute(page, size);
  const reopen = await openUrl(page, page.url(), size);
  const { times, elkTimes, longTasks, undoTimes } = await relayouts(page);
  await context.close();
  return { size, coldOpen, warmOpen, reopen, times, elkTimes, longTasks, undoTimes };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function workerWeight(): string {
  const file = readdirSync(join('build', 'client', 'assets')).find((name) =>
    name.startsWith('elk-worker'),
  );
  if (!file) return 'elk-worker: not found';
  const code = readFileSync(join('build', 'client', 'assets', file));
  return `ELK worker (loaded by editor pages only, in a Web Worker): ${kb(code.length)} raw, ${kb(gzipSync(code, { level: 9 }).length)} gzip`;
}

export async function editorBenchLines(): Promise<string[]> {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const rows: string[] = [];
    for (const size of [60, 150]) {
      const result = await measureSize(browser, size);
      const over50 = result.longTasks.filter((duration) => duration > 50);
      rows.push(
        `| ${size} nodes | ${ms(result.coldOpen)} | ${ms(result.warmOpen)} | ${ms(result.reopen)} | ${ms(median(result.times))} (max ${ms(Math.max(...result.times))}, n=${result.times.length}) | ${ms(median(result.elkTimes))} | ${ms(median(result.undoTimes))} | ${over50.length}${over50.length ? ` (max ${ms(Math.max(...over50))})` : ''} |`,
      );
    }
    const page = measurePageJs('/bewerken/concept');
    return [
      '| editor route | new route: open → laid-out chart (cold HTTP cache) | new route (warm HTTP cache) | reopen the draft | relayout after an edit, warm worker (median) | of which ELK in the worker (median) | undo → chart (median) | main-thread tasks > 50 ms while relaying out |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      `Editor page ${page.page}: ${page.files} JS files, ${kb(page.raw)} raw, ${kb(page.gzip)} gzip (first load, without the worker)`,
      workerWeight(),
    ];
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log((await editorBenchLines()).join('\n'));
