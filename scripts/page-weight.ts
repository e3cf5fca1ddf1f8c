/** First-load JS of a prerendered route page: the scripts its HTML loads and preloads. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const CLIENT_DIR = join('build', 'client');

export interface PageWeight {
  page: string;
  files: number;
  raw: number;
  gzip: number;
  containsElk: boolean;
}

export function measureRoutePageJs(): PageWeight {
  const school = readdirSync(join(CLIENT_DIR, 'school'))[0];
  return measurePageJs(`/school/${school}`);
}

/** First-load JS of any prerendered page, e.g. "/bewerken/concept" (dynamic imports and workers excluded). */
export function measurePageJs(page: string): PageWeight {
  const html = readFileSync(join(CLIENT_DIR, page, 'index.html'), 'utf8');
  const scripts = new Set(
    [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]!),
  );
  // Entry modules import further chunks; follow static imports so the count is complete.
  const queue = [...scripts];
  while (queue.length > 0) {
    const file = queue.pop()!;
    const code = readFileSync(join(CLIENT_DIR, file), 'utf8');
    for (const match of code.matchAll(/from\s*"\.\/([^"]+\.js)"|import\s*"\.\/([^"]+\.js)"/g)) {
      const next = `/assets/${match[1] ?? match[2]}`;
      if (!scripts.has(next)) {
        scripts.add(next);
        queue.push(next);
      }
    }
  }
  let raw = 0;
  let gzip = 0;
  let containsElk = false;
  for (const file of scripts) {
    const code = readFileSync(join(CLIENT_DIR, file));
    raw += code.length;
    gzip += gzipSync(code, { level: 9 }).length;
    containsElk ||= code.includes('org.eclipse.elk');
  }
  return { page, files: scripts.size, raw, gzip, containsElk };
}
