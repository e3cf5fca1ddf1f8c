import { describe, expect, it } from 'vitest';
import { listPrerenderPaths } from '../../../src/build/prerender-paths.ts';

describe('the pages for parents', () => {
  const paths = listPrerenderPaths();

  it('are prerendered: the start page, every route for parents, every school its contacts', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        '/ouders',
        '/ouders/wie-heb-ik-gesproken',
        '/school/de-regenboog-voorbeeldstad/ouders',
        '/school/de-regenboog-voorbeeldstad/wie-heb-ik-gesproken',
        '/route/template-po/ouders',
      ]),
    );
  });

  it('give templates no contacts page of their own', () => {
    expect(paths).not.toContain('/route/template-po/wie-heb-ik-gesproken');
  });
});
