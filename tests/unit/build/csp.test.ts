import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspOfHtml, headerPolicy, headersFile, withCspMeta } from '../../../src/build/csp.ts';

const page = (scripts: string[]) =>
  `<!DOCTYPE html><html lang="nl"><head><meta charSet="utf-8"/><title>x</title>` +
  `<script src="/assets/a.js"></script></head><body>${scripts.map((body) => `<script>${body}</script>`).join('')}</body></html>`;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the Content-Security-Policy of a page', () => {
  const html = withCspMeta(page(['window.__ctx = {"a":"é"};', '$RC("B:1","S:1")']));
  const policy = cspOfHtml(html)!;
  const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src'))!;

  it('allows exactly the page\'s inline scripts by their hash, and scripts from this site', () => {
    expect(scriptSrc).toBe(
      `script-src 'self' ${sha256('window.__ctx = {"a":"é"};')} ${sha256('$RC("B:1","S:1")')}`,
    );
  });

  it('never allows inline or evaluated scripts, or anything from another host', () => {
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(scriptSrc).not.toMatch(/unsafe-inline/);
    expect(policy).not.toMatch(/https?:|\*/);
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/object-src 'none'/);
  });

  it('comes right after the charset, before any script, and only once', () => {
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('<meta charSet="utf-8"/><meta http-equiv')).toBeGreaterThan(0);
    expect(withCspMeta(html)).toBe(html);
  });

  it('as a header, lets other sites frame only the embed pages', () => {
    expect(headerPolicy(policy, '/embed/school-a')).toMatch(/frame-ancestors \*$/);
    expect(headerPolicy(policy, '/school/school-a')).toMatch(/frame-ancestors 'self'$/);
    expect(headersFile([{ path: '/', policy }])).toMatch(/^\/\n {2}Content-Security-Policy: default-src/);
  });
});
