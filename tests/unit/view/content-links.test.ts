import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { validateGlossaryEntryText } from '../../../src/core/glossary/validate-glossary-entry.ts';
import { formatProblem } from '../../../src/core/problem.ts';
import { safeHref } from '../../../src/core/safe-href.ts';
import { ContentLink } from '../../../src/view/components/content-link.tsx';
import { MDX_COMPONENTS } from '../../../src/view/glossary/term-body.tsx';
import BodyWithLinks from '../../fixtures/body-with-links.mdx';
import { entryFile, makeEntry } from '../glossary-factories.ts';

const FILE = 'content/glossary/mdo-onderwijs.mdx';
const messages = (body: string) =>
  validateGlossaryEntryText(entryFile(makeEntry('mdo'), body)).problems.map((problem) =>
    formatProblem(FILE, problem),
  );

describe('links in a glossary body', () => {
  it('refuses javascript:, data: and other schemes, in inline links and link definitions', () => {
    expect(messages('Zie [dit](javascript:alert(1)).\n\n[bron]: data:text/html,x\n')).toEqual([
      expect.stringMatching(
        /^content\/glossary\/mdo-onderwijs\.mdx:\d+:11: link naar "javascript:alert\(1\)" is niet toegestaan: alleen http:\/\/, https:\/\/, mailto:, tel: en adressen op deze site$/,
      ),
      expect.stringMatching(/:\d+:9: link naar "data:text\/html,x" is niet toegestaan/),
    ]);
    expect(messages('Zie [dit]( JaVaScRiPt:alert(1) ).\n')).toHaveLength(1);
  });

  it('accepts web, mail and phone links and links within the site', () => {
    expect(
      messages(
        '[a](https://example.org) [b](mailto:zorg@school.nl) [c](tel:0301234567) [d](/begrippen/mdo)\n',
      ),
    ).toEqual([]);
  });
});

describe('drawing a content link', () => {
  it('draws only allowed links, and unsafe ones as plain text', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('//andere-site.example/x')).toBeUndefined();
    expect(safeHref('/begrippen')).toBe('/begrippen');
    expect(
      renderToStaticMarkup(
        createElement(ContentLink, { href: 'javascript:alert(1)', children: 'x' }),
      ),
    ).toBe('<span>x</span>');
    expect(
      renderToStaticMarkup(
        createElement(ContentLink, { href: 'https://example.org', children: 'x' }),
      ),
    ).toBe('<a href="https://example.org" rel="external noopener noreferrer">x</a>');
  });

  it('renders an MDX body that slipped past validation without a javascript: link', () => {
    const html = renderToStaticMarkup(createElement(BodyWithLinks, { components: MDX_COMPONENTS }));
    expect(html).toContain('<a href="https://wetten.overheid.nl/"');
    expect(html).toContain('<a href="/begrippen">de begrippen</a>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<span>dit</span>');
  });
});
