/**
 * After prerendering: every HTML page gets its Content-Security-Policy (csp.ts) as a <meta>,
 * and `_headers` lists the same policies as headers for hosts that read that file.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { cspOfHtml, headersFile, withCspMeta } from './csp.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** "school/x/index.html" → "/school/x"; "index.html" → "/". */
export function pagePath(file: string): string {
  const path = '/' + file.split(sep).join('/').replace(/(^|\/)index\.html$/, '');
  return path.length > 1 ? path.replace(/\/$/, '') : '/';
}

export function writeContentSecurityPolicies(clientDir: string): number {
  const pages: { path: string; policy: string }[] = [];
  for (const file of htmlFiles(clientDir)) {
    const html = withCspMeta(readFileSync(file, 'utf8'));
    writeFileSync(file, html);
    const relativeFile = relative(clientDir, file);
    // Only pages with a URL of their own: 404.html and the SPA fallback answer for others.
    if (relativeFile.endsWith('index.html'))
      pages.push({ path: pagePath(relativeFile), policy: cspOfHtml(html) ?? '' });
  }
  pages.sort((a, b) => a.path.localeCompare(b.path));
  writeFileSync(join(clientDir, '_headers'), headersFile(pages));
  return pages.length;
}
