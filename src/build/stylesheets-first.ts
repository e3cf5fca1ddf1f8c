/**
 * Prerendered pages list their stylesheets after some thirty module preloads: React hoists
 * the preloads of React Router's <Scripts /> to the top of <head>, above the stylesheet links
 * that <Links /> renders in place. The browser then asks for the JavaScript first, and the
 * stylesheets (which hold back the first paint) wait for free connections behind it: the page
 * painted later with JavaScript than without. Here the preloads move below the stylesheets,
 * so the first paint waits only for what it needs. React finds the preloads wherever they
 * are in <head> when it hydrates.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MODULE_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*>/g;
const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

export function stylesheetsFirst(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const head = html.slice(0, headEnd);
  const preloads = head.match(MODULE_PRELOAD) ?? [];
  const lastStylesheet = [...head.matchAll(STYLESHEET)].at(-1);
  if (preloads.length === 0 || !lastStylesheet) return html;
  const afterStylesheets = lastStylesheet.index + lastStylesheet[0].length;
  const before = head.slice(0, afterStylesheets).replace(MODULE_PRELOAD, '');
  const after = head.slice(afterStylesheets).replace(MODULE_PRELOAD, '');
  return before + preloads.join('') + after + html.slice(headEnd);
}

/** Applies stylesheetsFirst to every prerendered page under `clientDir`. */
export function putStylesheetsFirst(clientDir: string): number {
  let changed = 0;
  for (const entry of readdirSync(clientDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    const reordered = stylesheetsFirst(html);
    if (reordered === html) continue;
    writeFileSync(file, reordered);
    changed++;
  }
  return changed;
}
