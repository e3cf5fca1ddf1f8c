// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { RouteNode } from '../../../src/core/route/route-schema.ts';
import { summarizeTerm } from '../../../src/core/glossary/route-terms.ts';
import { NodeFacts } from '../../../src/view/components/node-facts.tsx';
import { RouteTermsProvider } from '../../../src/view/glossary/route-terms-context.tsx';
import { makeNode, makeRoute } from '../factories.ts';
import { makeAbbreviation } from '../glossary-factories.ts';

const school = makeAbbreviation('MDO', 'multidisciplinair overleg', 'onderwijs', {
  definition: 'Overleg over één leerling met ouders.',
  scopeNote: 'In de GGZ zonder ouders.',
});
const care = makeAbbreviation('MDO', 'multidisciplinair overleg', 'ggz', {
  scopeNote: 'Zonder ouders.',
});
const zat = makeAbbreviation('ZAT', 'zorg- en adviesteam');
const terms = [summarizeTerm(school, [school, care]), summarizeTerm(zat, [zat])];

function facts(node: RouteNode) {
  const route = makeRoute({ nodes: [node], edges: [] });
  return (
    <MemoryRouter>
      <RouteTermsProvider terms={terms} context="onderwijs">
        <NodeFacts route={route} node={node} />
      </RouteTermsProvider>
    </MemoryRouter>
  );
}

const node = makeNode('ot', {
  label: 'Ondersteuningsteam',
  description: 'Het team plant een MDO. Na het MDO volgt een verslag.',
  terms: ['zat-onderwijs'],
});

afterEach(cleanup);

describe('glossary words in a step', () => {
  it('are links to the term page in the prerendered HTML', () => {
    const html = renderToString(facts(node));
    expect(html).toContain('href="/begrippen/mdo#mdo-onderwijs"');
    expect(html.match(/class="term-link"/g)).toHaveLength(2); // the first MDO, and ZAT under "Begrippen"
  });

  it("open the meaning for the route's context, and close with Esc back on the word", async () => {
    render(facts(node));
    const word = screen.getByRole('button', { name: 'MDO' });
    fireEvent.click(word);
    const dialog = screen.getByRole('dialog', { name: /MDO/ });
    // The meaning is loaded on first use; the dialog is named after the word meanwhile.
    await within(dialog).findByRole('button', { name: 'Sluiten' });
    expect(dialog.textContent).toContain('Overleg over één leerling met ouders.');
    expect(dialog.textContent).toContain('In de GGZ zonder ouders.');
    expect(
      within(dialog)
        .getByRole('link', { name: /Alle betekenissen/ })
        .getAttribute('href'),
    ).toBe('/begrippen/mdo#mdo-onderwijs');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(word);
  });

  it("list the node's named terms that its texts do not mention", () => {
    render(facts(node));
    const list = screen.getByText('Begrippen').nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['ZAT']);
  });
});
