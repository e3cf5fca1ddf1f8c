/**
 * Glossary search per keystroke: each query is typed a character at a time
 * and every prefix is searched, as the /begrippen page does. Medians over all
 * keystrokes, for the real glossary and for 1,000 and 10,000 entries (the real
 * ones plus synthetic ones). Fuse.js over all fields is shown for comparison.
 * Run alone with `npx tsx scripts/bench-glossary.ts`; `npm run bench` includes it.
 */
import Fuse from 'fuse.js';
import { pathToFileURL } from 'node:url';
import { loadGlossary } from '../src/build/load-glossary.ts';
import { todayIso } from '../src/core/dates.ts';
import type { GlossaryEntry } from '../src/core/glossary/glossary-schema.ts';
import { buildSearchIndex } from '../src/core/glossary/glossary-search-index.ts';
import { searchGlossary } from '../src/core/glossary/glossary-search.ts';
import { syntheticGlossary } from './synthetic-glossary.ts';

const QUERIES = [
  'zorgcoordinator',
  'mdo',
  'poh ggz',
  'intern begeleidr',
  'leerplichtambtenaar',
  'ondersteuningsteam',
  'jggz',
  'beschiking',
  'toestemming ouders',
  'veilig thuis',
  "ib'er",
  'handelingsadvies',
] as const;

function keystrokes(queries: readonly string[]): string[] {
  return queries.flatMap((query) => Array.from(query, (_, index) => query.slice(0, index + 1)));
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN;
}

function timeKeystrokes(search: (query: string) => unknown, typed: string[], rounds = 5): number[] {
  for (const query of typed) search(query); // warm up the JIT
  const times: number[] = [];
  for (let round = 0; round < rounds; round++)
    for (const query of typed) {
      const start = performance.now();
      search(query);
      times.push(performance.now() - start);
    }
  return times;
}

function row(name: string, entries: GlossaryEntry[], typed: string[]): string {
  const buildStart = performance.now();
  const index = buildSearchIndex(entries);
  const build = performance.now() - buildStart;
  const times = timeKeystrokes((query) => searchGlossary(index, query), typed);
  return `| ${name} | ${entries.length} | ${build.toFixed(1)} ms | ${percentile(times, 0.5).toFixed(2)} ms | ${percentile(times, 0.95).toFixed(2)} ms | ${Math.max(...times).toFixed(2)} ms |`;
}

function fuseBaseline(entries: GlossaryEntry[], typed: string[]): string {
  const fuse = new Fuse(entries, {
    keys: [
      'prefLabel',
      'abbreviations.abbr',
      'abbreviations.expansion',
      'altLabels',
      'hiddenLabels',
      'definition',
    ],
    ignoreDiacritics: true,
    ignoreLocation: true,
  });
  const times = timeKeystrokes((query) => fuse.search(query, { limit: 50 }), typed, 1);
  return `| fuse.js over all fields (not used; for comparison) | ${entries.length} | – | ${percentile(times, 0.5).toFixed(2)} ms | ${percentile(times, 0.95).toFixed(2)} ms | ${Math.max(...times).toFixed(2)} ms |`;
}

export function glossaryBenchLines(root = process.cwd()): string[] {
  const real = loadGlossary(root, todayIso()).entries;
  const typed = keystrokes(QUERIES);
  const sized = (count: number) => [
    ...real,
    ...syntheticGlossary(Math.max(0, count - real.length)),
  ];
  return [
    `Glossary search per keystroke (${typed.length} keystrokes from ${QUERIES.length} typed queries, 5 rounds; targets: real ≤ 2 ms, 1,000 ≤ 5 ms, 10,000 ≤ 30 ms median):\n`,
    '| glossary | entries | index build | median | p95 | max |',
    '|---|---|---|---|---|---|',
    row('real (content/glossary)', real, typed),
    row('real + synthetic', sized(1000), typed),
    row('real + synthetic', sized(10000), typed),
    fuseBaseline(sized(1000), typed),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(glossaryBenchLines().join('\n'));
