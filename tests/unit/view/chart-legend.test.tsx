// @vitest-environment jsdom
import { NODE_KIND_LABELS } from '../../../src/core/route/route-model.ts';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EDGE_KINDS, NODE_KINDS } from '../../../src/core/route/route-schema.ts';
import { ChartLegend } from '../../../src/view/chart/index.ts';

afterEach(cleanup);

const EDGE_NAMES = [
  'verwijst naar',
  'vraagt advies aan',
  'koppelt terug aan',
  'schaalt op naar',
  'neemt deel aan',
  'meldt (wettelijk) bij',
];

describe('ChartLegend', () => {
  it('lists every node kind and every edge kind with a swatch and Dutch text', () => {
    render(<ChartLegend />);
    const legend = screen.getByRole('region', { name: 'Legenda' });
    const [nodeList, edgeList] = within(legend).getAllByRole('list');
    const nodeItems = within(nodeList!).getAllByRole('listitem');
    expect(nodeItems.map((item) => item.querySelector('strong')!.textContent)).toEqual(
      NODE_KINDS.map((kind) => NODE_KIND_LABELS[kind]),
    );
    const edgeItems = within(edgeList!).getAllByRole('listitem');
    expect(edgeItems).toHaveLength(EDGE_KINDS.length);
    expect(edgeItems.map((item) => item.querySelector('strong')!.textContent)).toEqual(EDGE_NAMES);
    for (const item of [...nodeItems, ...edgeItems]) {
      expect(item.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
      expect(item.textContent!.length).toBeGreaterThan(20); // name plus a meaning
    }
  });

  it('uses the heading level it is given', () => {
    render(<ChartLegend headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Legenda' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(2);
  });
});
