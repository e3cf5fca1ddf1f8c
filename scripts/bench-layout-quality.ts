/**
 * `npx tsx scripts/bench-layout-quality.ts [out.json]`: layout quality of every bundled route
 * and the warm layout time of the 61-step bench route, in Node (no browser, no build needed).
 * Also part of `npm run bench:readability`. Prints Markdown; nothing here asserts.
 */
import { writeFileSync } from 'node:fs';
import { bundledLayoutQuality, sideBySideTiming } from './readability/layout-quality-figures.ts';
import { layoutQualityMarkdown } from './readability/layout-quality-report.ts';

const out = process.argv[2];
const rows = await bundledLayoutQuality();
const sideBySide = await sideBySideTiming();
console.log(layoutQualityMarkdown(rows, sideBySide));
if (out) writeFileSync(out, `${JSON.stringify({ routes: rows, sideBySide }, null, 2)}\n`);
