/**
 * First contentful paint of a built page with and without JavaScript, in Chromium: does the
 * prerendered page paint without waiting for its scripts? Serves `build/client` itself (run
 * `npm run build` first), loads the page `--runs` times per case, alternating the cases so
 * that load from other work on the machine falls on all of them, and prints medians in
 * Markdown. "Cold" is a fresh browser profile, "warm" a second visit (scripts and styles in the
 * cache). Nothing here asserts.
 *
 *   npx tsx scripts/bench-first-paint.ts [/school/het-voorbeeld-college] [--runs 9]
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser } from '@playwright/test';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 9;
const path =
  args.find((arg, index) => arg.startsWith('/') && index !== runsAt + 1) ??
  '/school/het-voorbeeld-college';
const port = Number(process.env.TEST_PORT ?? 4175);
const base = `http://localhost:${port}`;

interface Case {
  name: string;
  javaScript: boolean;
  warm: boolean;
}
const CASES: Case[] = [
  { name: 'cold, with JavaScript', javaScript: true, warm: false },
  { name: 'cold, without JavaScript', javaScript: false, warm: false },
  { name: 'warm, with JavaScript', javaScript: true, warm: true },
  { name: 'warm, without JavaScript', javaScript: false, warm: true },
];

/** One page load: its first contentful paint and (with JavaScript) when hydration began, in ms. */
async function measure(browser: Browser, which: Case): Promise<{ fcp: number; hydrate?: number }> {
  const context = await browser.newContext({
    javaScriptEnabled: which.javaScript,
    viewport: { width: 1280, height: 800 },
  });
  if (which.warm) {
    const first = await context.newPage();
    await first.goto(base + path, { waitUntil: 'load' });
    await first.close();
  }
  const page = await context.newPage();
  await page.goto(base + path, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  // Reading entries needs no script of the page's own, so this works without JavaScript too.
  const times = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    hydrate: performance.getEntriesByName('routekaart:hydrate')[0]?.startTime,
  }));
  await context.close();
  return times;
}

function median(values: number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(base + '/')).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no server on ${base}`);
}

const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
  env: { ...process.env, PORT: String(port) },
  stdio: 'ignore',
});
try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const results = CASES.map(() => ({ fcp: [] as number[], hydrate: [] as number[] }));
  const loadBefore = loadavg()[0]!;
  for (let run = 0; run < runs; run++)
    for (const [index, which] of CASES.entries()) {
      const { fcp, hydrate } = await measure(browser, which);
      results[index]!.fcp.push(fcp);
      if (hydrate !== undefined) results[index]!.hydrate.push(hydrate);
    }
  await browser.close();
  console.log(
    `${path}, median of ${runs}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadBefore.toFixed(1)}–${loadavg()[0]!.toFixed(1)}, ${new Date().toISOString().slice(0, 16)}\n`,
  );
  console.log(
    '| case | first contentful paint | hydration starts | all runs (FCP) |\n|---|---|---|---|',
  );
  for (const [index, which] of CASES.entries()) {
    const { fcp, hydrate } = results[index]!;
    const hydration = hydrate.length > 0 ? `${Math.round(median(hydrate))} ms` : '–';
    console.log(
      `| ${which.name} | ${Math.round(median(fcp))} ms | ${hydration} | ${fcp.map(Math.round).join(', ')} |`,
    );
  }
  const fcpOf = (name: string) => median(results[CASES.findIndex((c) => c.name === name)]!.fcp);
  for (const temperature of ['cold', 'warm']) {
    const ratio =
      fcpOf(`${temperature}, with JavaScript`) / fcpOf(`${temperature}, without JavaScript`);
    console.log(`\n${temperature}: with / without JavaScript = ${ratio.toFixed(2)}`);
  }
} finally {
  server.kill();
}
