/**
 * `npm run bench`: layout time per route size (cold and warm), build time, the
 * first-load JavaScript of a route page and glossary search per keystroke.
 * Prints Markdown tables to paste into docs/performance.md. Timings are medians;
 * nothing here asserts.
 */
import { execSync } from 'node:child_process';
import type { Route } from '../src/core/route/route-schema.ts';
import { cpus } from 'node:os';
import { layoutRoute } from '../src/layout/layout-route.ts';
import { createNodeElk } from '../src/layout/elk-node.ts';
import { sideBySideRoute } from './side-by-side-route.ts';
import { syntheticRoute } from './synthetic-route.ts';
import { measureRoutePageJs } from './page-weight.ts';
import { glossaryBenchLines } from './bench-glossary.ts';
import { editorBenchLines } from './bench-editor.ts';

const SIZES = [10, 30, 60, 100, 300] as const;

async function timeLayouts(): Promise<string[]> {
  const rows: string[] = [];
  const routes = [
    ...SIZES.map((size) => ({ name: 'synthetic', route: syntheticRoute(size) })),
    { name: 'vo + mbo templates side by side', route: sideBySideRoute() },
  ];
  for (const { name, route } of routes) {
    const size = route.nodes.length;
    const coldStart = performance.now();
    await layoutRoute(route, createNodeElk());
    const cold = performance.now() - coldStart;
    // Warm means a warmed-up JIT, as for every route after the first few in a build.
    const elk = createNodeElk();
    for (let i = 0; i < (size >= 300 ? 3 : 10); i++) await layoutRoute(route, elk);
    const runs: number[] = [];
    for (let i = 0; i < (size >= 300 ? 5 : 15); i++) {
      const start = performance.now();
      await layoutRoute(route, elk);
      runs.push(performance.now() - start);
    }
    rows.push(
      `| ${name}: ${size} nodes, ${route.edges.length} edges (${labelled(route)} labelled) | ${cold.toFixed(1)} ms | ${median(runs).toFixed(1)} ms |`,
    );
  }
  return rows;
}

function labelled(route: Route): number {
  return route.edges.filter((edge) => edge.label).length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function timeBuild(): number {
  const start = performance.now();
  execSync('npm run build', { stdio: 'ignore' });
  return performance.now() - start;
}

const layoutRows = await timeLayouts();
const skipBuild = process.argv.includes('--no-build');
const buildMs = skipBuild ? undefined : timeBuild();
const weight = measureRoutePageJs();

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`,
);
console.log('| route size | layout cold (new ELK) | layout warm (median) |\n|---|---|---|');
console.log(layoutRows.join('\n'));
if (buildMs !== undefined)
  console.log(
    `\nFull build (\`npm run build\`, layout cache warm): ${(buildMs / 1000).toFixed(1)} s`,
  );
console.log(
  `\nRoute page ${weight.page}: ${weight.files} JS files, ${(weight.raw / 1024).toFixed(1)} KB raw, ${(weight.gzip / 1024).toFixed(1)} KB gzip; elkjs in page: ${weight.containsElk ? 'YES' : 'no'}`,
);
console.log(`\n${glossaryBenchLines().join('\n')}`);
console.log(`\n${(await editorBenchLines()).join('\n')}`);
