/**
 * `npm run bench:readability [-- out.json] [--only=slug,slug] [--no-layout] [--no-print]
 *   [--paint-loads=5]`
 *
 * The readability targets of issue 10 for every bundled route: layout quality in Node, then
 * in Debian's Chromium against the production build (run `npm run build` first; this serves
 * build/client itself on a free port, or BENCH_PORT): chart top on desktop and phone, steps in
 * view and label size after "Passend maken", a chosen way in view, labels on printed page 1,
 * and first paint with and without JavaScript. Prints Markdown; nothing here asserts. The
 * page's DOM hooks are in scripts/readability/page-hooks.ts.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import { bundledRoutes } from './readability/bundled-routes.ts';
import { bundledLayoutQuality, sideBySideTiming } from './readability/layout-quality-figures.ts';
import { layoutQualityMarkdown } from './readability/layout-quality-report.ts';
import { loadAverage, machineLine } from './readability/machine.ts';
import { hasPdfToText } from './readability/measure-print.ts';
import { type RouteReadability, routeReadability } from './readability/readability-figures.ts';
import { readabilityMarkdown } from './readability/readability-report.ts';
import { createSiteServer, listen } from './static-site.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const value = (name: string) =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = value('only')?.split(',');
const paintLoads = Number(value('paint-loads') ?? 5);
const out = args.find((arg) => !arg.startsWith('--'));

if (!existsSync(join('build', 'client', 'index.html'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const print = !flag('no-print') && hasPdfToText();
if (!flag('no-print') && !print)
  console.error('pdftotext not found (apt-get install poppler-utils): print figures left out.');

const routes = bundledRoutes().filter((entry) => !only || only.includes(entry.slug));
const startLoad = loadAverage();

const layout = flag('no-layout')
  ? null
  : { routes: await bundledLayoutQuality(), sideBySide: await sideBySideTiming() };

const server = createSiteServer();
const base = await listen(server, Number(process.env.BENCH_PORT ?? 0));
const browser = await chromium.launch({
  ...playwrightConfig.use?.launchOptions,
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
});
const pages: RouteReadability[] = [];
try {
  for (const entry of routes) {
    console.error(`measuring ${entry.url} …`);
    pages.push(await routeReadability(browser, base, entry, { print, paintLoads }));
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`${machineLine(browser.version())} (at start: ${startLoad})\n`);
if (layout) console.log(`${layoutQualityMarkdown(layout.routes, layout.sideBySide)}\n`);
console.log(readabilityMarkdown(pages));
if (out) {
  const report = { machine: machineLine(browser.version()), startLoad, layout, pages };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.error(`written to ${out}`);
}
