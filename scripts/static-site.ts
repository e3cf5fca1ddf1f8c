/**
 * The built site served as a static host would: `/school/x` answers with
 * `/school/x/index.html`, unknown paths get the 404 page with status 404.
 * (`vite preview` answers unknown paths with the root page, which hides errors.)
 * Used by `npm run serve` and by benches that start their own server.
 */
import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

export function createSiteServer(root = join(process.cwd(), 'build', 'client')): Server {
  const notFoundPage = readFileSync(join(root, '404.html'));
  const assets = sirv(root, { dev: false, etag: true, extensions: ['html'] });
  return createServer((request, response) => {
    assets(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(notFoundPage);
    });
  });
}

/** Listens on 127.0.0.1; port 0 picks a free one. Resolves with the base URL. */
export function listen(server: Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve(`http://localhost:${actual}`);
    });
  });
}
