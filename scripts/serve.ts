/**
 * Serves the built site as a static host would: `/school/x` answers with
 * `/school/x/index.html`, unknown paths get the 404 page with status 404.
 * (`vite preview` answers unknown paths with the root page, which hides errors.)
 * Every page goes out with its Content-Security-Policy as a header too (src/build/csp.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { cspOfHtml, headerPolicy } from '../src/build/csp.ts';
import { pagePath } from '../src/build/write-csp.ts';

const root = join(process.cwd(), 'build', 'client');
const port = Number(process.env.PORT ?? 4173);
const notFoundPage = readFileSync(join(root, '404.html'));
const policies = new Map<string, string | null>();

function setPolicy(response: ServerResponse, file: string): void {
  if (!policies.has(file)) policies.set(file, cspOfHtml(readFileSync(join(root, file), 'utf8')));
  const policy = policies.get(file);
  if (policy) response.setHeader('Content-Security-Policy', headerPolicy(policy, pagePath(file)));
}

const assets = sirv(root, {
  dev: false,
  etag: true,
  extensions: ['html'],
  // sirv passes the URL path: find the page file it answers with, as sirv itself does.
  setHeaders(response, pathname) {
    const path = pathname.replace(/^\/+|\/+$/g, '');
    const file = [path, `${path}.html`, join(path, 'index.html')].find(
      (candidate) => candidate.endsWith('.html') && existsSync(join(root, candidate)),
    );
    if (file) setPolicy(response, file);
  },
});

createServer((request, response) => {
  assets(request, response, () => {
    response.statusCode = 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    setPolicy(response, '404.html');
    response.end(notFoundPage);
  });
}).listen(port, '127.0.0.1', () => {
  console.log(`Routekaart draait op http://localhost:${port}/`);
});
