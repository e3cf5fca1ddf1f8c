/**
 * The built site served as a static host would: `/school/x` answers with
 * `/school/x/index.html`, unknown paths get the 404 page with status 404.
 * (`vite preview` answers unknown paths with the root page, which hides errors.)
 * Every page goes out with its Content-Security-Policy as a header too (src/build/csp.ts).
 * Used by `npm run serve` and by benches that start their own server.
 */
import { existsSync, readFileSync } from 'node:fs';
import { type Server, type ServerResponse, createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { cspOfHtml, headerPolicy } from '../src/build/csp.ts';
import { pagePath } from '../src/build/write-csp.ts';

export function createSiteServer(root = join(process.cwd(), 'build', 'client')): Server {
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
  return createServer((request, response) => {
    assets(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      setPolicy(response, '404.html');
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
