/**
 * Static hosts answer unknown paths with `/404.html`. That page must not hydrate:
 * React Router would hydrate it as the requested (unknown) URL and fail. Its
 * content needs no JavaScript, so the scripts are removed from a copy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function stripScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*\/?>/gi, '');
}

export function writeStatic404(clientDir: string): void {
  const html = readFileSync(join(clientDir, '404', 'index.html'), 'utf8');
  writeFileSync(join(clientDir, '404.html'), stripScripts(html));
}
