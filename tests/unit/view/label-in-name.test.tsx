// @vitest-environment jsdom
/**
 * WCAG 2.5.3 label in name: a box's accessible name holds the text it shows, in the order it
 * shows it, compared as axe's label-content-name-mismatch rule compares (case, punctuation and
 * extra spaces ignored), so a speech user can say what they see.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { NetworkNode } from '../../../src/layout/network-layout-types.ts';
import { RouteChart } from '../../../src/view/chart/index.ts';
import { makeHighlight } from '../../../src/view/chart/chart-highlight.ts';
import { lineSeparators } from '../../../src/view/chart/node-label.tsx';
import { NetworkNodeLink } from '../../../src/view/socialmap/network-node.tsx';
import { columnLayout, makeNode, makeRoute } from './chart-factories.ts';

afterEach(cleanup);

/** Text as axe compares it: lower case, no punctuation, single spaces. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function expectNameHoldsShownText(link: HTMLElement) {
  const shown = comparable(link.textContent ?? '');
  expect(shown).not.toBe('');
  expect(comparable(link.getAttribute('aria-label') ?? '')).toContain(shown);
}

describe('chart boxes are named by what they show', () => {
  const route = makeRoute([
    makeNode('signaal', 'step', 'Signaal of zorg'),
    makeNode('coordinator', 'role', 'Ondersteuningscoördinator'),
    makeNode('ggz', 'service', 'Jeugd-GGZ behandeling'),
  ]);
  // Wrapped as the layout wraps: between words, inside a long word, after a hyphen.
  const layout = columnLayout(route);
  const lines: Record<string, string[]> = {
    signaal: ['Signaal of', 'zorg'],
    coordinator: ['Ondersteunings', 'coördinator'],
    ggz: ['Jeugd-', 'GGZ', 'behandeling'],
  };
  layout.nodes = layout.nodes.map((node) => ({ ...node, lines: lines[node.id]! }));

  it('badge first, then the label: "Stap: Signaal of zorg"', () => {
    render(<RouteChart route={route} layout={layout} selectedId={null} onSelect={() => {}} />);
    const link = screen.getByRole('link', { name: 'Stap: Signaal of zorg' });
    expectNameHoldsShownText(link);
    expectNameHoldsShownText(screen.getByRole('link', { name: 'Rol: Ondersteuningscoördinator' }));
    expectNameHoldsShownText(
      screen.getByRole('link', { name: 'Partner buiten school: Jeugd-GGZ behandeling' }),
    );
  });

  it('a step number on a way follows the label, as in the drawing', () => {
    const highlight = makeHighlight(
      ['signaal', 'coordinator'],
      [],
      'op de gekozen weg',
      new Map([
        ['signaal', 1],
        ['coordinator', 2],
      ]),
    );
    render(
      <RouteChart
        route={route}
        layout={layout}
        selectedId="signaal"
        onSelect={() => {}}
        highlight={highlight}
      />,
    );
    const second = screen.getByRole('link', {
      name: 'Rol: Ondersteuningscoördinator, 2e stap op de gekozen weg',
    });
    expectNameHoldsShownText(second);
    expectNameHoldsShownText(screen.getByRole('link', { name: /^Stap: Signaal of zorg, 1e stap/ }));
    expectNameHoldsShownText(
      screen.getByRole('link', { name: 'Partner buiten school: Jeugd-GGZ behandeling, vervaagd' }),
    );
  });
});

describe('social-map network boxes are named by what they show', () => {
  it('badge first, then the name', () => {
    const node: NetworkNode = {
      kind: 'organisation',
      domain: 'onderwijs',
      id: 'swv-vo',
      badge: 'Samenwerkingsverband',
      lines: ['Samenwerkingsverband', 'Voorbeeldregio VO'],
      x: 0,
      y: 0,
      width: 200,
      height: 70,
    };
    render(
      <svg>
        <NetworkNodeLink
          node={node}
          name="Samenwerkingsverband Voorbeeldregio VO"
          selected={false}
          onSelect={() => {}}
        />
      </svg>,
    );
    expectNameHoldsShownText(
      screen.getByRole('link', {
        name: 'Samenwerkingsverband: Samenwerkingsverband Voorbeeldregio VO',
      }),
    );
  });
});

describe('lineSeparators', () => {
  it('puts a space where the label had one, nothing inside a broken word', () => {
    expect(lineSeparators('Signaal of zorg', ['Signaal of', 'zorg'])).toEqual([' ']);
    expect(lineSeparators('Ondersteuningscoördinator', ['Ondersteunings', 'coördinator'])).toEqual([
      '',
    ]);
    expect(lineSeparators('Jeugd-GGZ  behandeling', ['Jeugd-', 'GGZ', 'behandeling'])).toEqual([
      '',
      ' ',
    ]);
  });

  it('copes with a shortened last line and a single line', () => {
    expect(lineSeparators('Een heel lang verhaal', ['Een heel', 'lang ve…'])).toEqual([' ']);
    expect(lineSeparators('Mentor', ['Mentor'])).toEqual([]);
  });
});
