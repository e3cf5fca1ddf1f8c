/**
 * Serves the built site as a static host would: `/school/x` answers with
 * `/school/x/index.html`, unknown paths get the 404 page with status 404.
 * (`vite preview` answers unknown paths with the root page, which hides errors.)
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

const root = join(process.cwd(), 'build', 'client');
const port = Number(process.env.PORT ?? 4173);
const notFoundPage = readFileSync(join(root, '404.html'));
const assets = sirv(root, { dev: false, etag: true, extensions: ['html'] });

createServer((request, response) => {
  assets(request, response, () => {
    response.statusCode = 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(notFoundPage);
  });
}).listen(port, '127.0.0.1', () => {
  console.log(`Routekaart draait op http://localhost:${port}/`);
});
