import { describe, expect, it } from 'vitest';
import { stylesheetsFirst } from '../../../src/build/stylesheets-first.ts';

const page = (head: string, body = '<p>Route</p>') =>
  `<!DOCTYPE html><html lang="nl"><head>${head}</head><body>${body}</body></html>`;
const preload = (name: string) => `<link rel="modulepreload" href="/assets/${name}.js"/>`;
const stylesheet = (name: string) => `<link rel="stylesheet" href="/assets/${name}.css"/>`;

describe('stylesheetsFirst', () => {
  it('moves the module preloads below the last stylesheet, keeping both orders', () => {
    const html = page(
      `<meta charSet="utf-8"/><title>Route</title>${preload('a')}${preload('b')}${stylesheet('x')}${stylesheet('y')}`,
    );
    expect(stylesheetsFirst(html)).toBe(
      page(
        `<meta charSet="utf-8"/><title>Route</title>${stylesheet('x')}${stylesheet('y')}${preload('a')}${preload('b')}`,
      ),
    );
  });

  it('leaves the body, and pages without stylesheets or preloads, as they are', () => {
    const body = `<p>${preload('in-body-text')}</p>`;
    const withBody = page(`${preload('a')}${stylesheet('x')}`, body);
    expect(stylesheetsFirst(withBody)).toBe(page(`${stylesheet('x')}${preload('a')}`, body));
    expect(stylesheetsFirst(page(preload('a')))).toBe(page(preload('a')));
    expect(stylesheetsFirst(page(stylesheet('x')))).toBe(page(stylesheet('x')));
  });

  it('is idempotent', () => {
    const once = stylesheetsFirst(page(`${preload('a')}${stylesheet('x')}${preload('b')}`));
    expect(once).toBe(page(`${stylesheet('x')}${preload('a')}${preload('b')}`));
    expect(stylesheetsFirst(once)).toBe(once);
  });
});
