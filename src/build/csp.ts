/**
 * The Content-Security-Policy of every page. The site is static, so the policy travels in
 * the page itself, as a <meta http-equiv> right after the charset: scripts only from this
 * site, plus the inline scripts React Router writes into that page, each allowed by its
 * SHA-256 hash (never 'unsafe-inline' or 'unsafe-eval' for scripts); nothing from other
 * hosts. The same policy goes out as a header where the server can send one (npm start,
 * and hosts that read a _headers file); only a header can say who may frame a page
 * (frame-ancestors: anyone for /embed/, this site for every other page).
 */
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/i;
const CHARSET_META = /<meta charSet="utf-8"\s*\/?>/i;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1] ?? '';
    if (body === '') continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** The policy for a page with these inline-script hashes. */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    // React and React Flow set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // The chart's PNG export draws its SVG through a blob: image.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // ELK's layout worker comes from this site.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** The header adds what a <meta> policy cannot carry. */
export function headerPolicy(metaPolicy: string, path: string): string {
  const embeddable = path === '/embed' || path.startsWith('/embed/');
  return `${metaPolicy}; frame-ancestors ${embeddable ? '*' : "'self'"}`;
}

/** The page with its policy in a <meta> before the first script (replacing an earlier one). */
export function withCspMeta(html: string): string {
  const withoutOld = html.replace(CSP_META, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScriptHashes(withoutOld))}"/>`;
  if (CHARSET_META.test(withoutOld)) return withoutOld.replace(CHARSET_META, (charset) => charset + meta);
  return withoutOld.replace(/<head>/i, `<head>${meta}`);
}

/** The policy a page carries in its <meta>, or null. */
export function cspOfHtml(html: string): string | null {
  const found = CSP_META.exec(html)?.[0];
  return found ? (/content="([^"]*)"/.exec(found)?.[1] ?? null) : null;
}

/** `_headers` (Netlify, Cloudflare Pages): the policy per page, as a header. */
export function headersFile(pages: readonly { path: string; policy: string }[]): string {
  return pages
    .map(({ path, policy }) => `${path}\n  Content-Security-Policy: ${headerPolicy(policy, path)}\n`)
    .join('');
}
