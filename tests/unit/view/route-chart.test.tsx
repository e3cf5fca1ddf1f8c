import { CHART_MARGIN } from '../../../src/view/chart/ChartDrawing.tsx';
// @vitest-environment jsdom
import { NODE_KIND_LABELS } from '../../../src/core/route/route-model.ts';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NODE_KINDS } from '../../../src/core/route/route-schema.ts';
import { RouteChart } from '../../../src/view/chart/index.ts';
import { columnLayout, makeNode, makeRoute, sampleRoute } from './chart-factories.ts';

afterEach(cleanup);

function renderSample(selectedId: string | null = null) {
  const { route, layout } = sampleRoute();
  const onSelect = vi.fn();
  const result = render(
    <RouteChart route={route} layout={layout} selectedId={selectedId} onSelect={onSelect} />,
  );
  const rerender = (id: string | null) =>
    result.rerender(
      <RouteChart route={route} layout={layout} selectedId={id} onSelect={onSelect} />,
    );
  return { ...result, onSelect, rerender };
}

const chart = () => screen.getByRole('group', { name: 'Stroomschema van de route' });

describe('RouteChart nodes', () => {
  it('renders every node as a link to its text entry, named by label and kind', () => {
    renderSample();
    expect(screen.getByRole('link', { name: 'Rol: Mentor' }).getAttribute('href')).toBe('#mentor');
    expect(screen.getByRole('link', { name: 'Rol: Intern begeleider' }).getAttribute('href')).toBe(
      '#ib',
    );
    expect(
      screen.getByRole('link', { name: 'Overleg: Ondersteuningsteam' }).getAttribute('href'),
    ).toBe('#ot');
  });

  it('draws every kind with its own shape and names the kind (no badge line in the box)', () => {
    const route = makeRoute(
      NODE_KINDS.map((kind) => makeNode(`n-${kind}`, kind, `Onderdeel ${kind}`)),
    );
    const { container } = render(
      <RouteChart
        route={route}
        layout={columnLayout(route)}
        selectedId={null}
        onSelect={() => {}}
      />,
    );
    const shapes = new Set<string>();
    for (const kind of NODE_KINDS) {
      const link = screen.getByRole('link', {
        name: `${NODE_KIND_LABELS[kind]}: Onderdeel ${kind}`,
      });
      expect(link.querySelector('.chart-node-badge')).toBeNull();
      const figure = link.querySelector('.chart-node-figure')!;
      // The outline's element structure, with positions left out.
      shapes.add(
        [...figure.querySelectorAll('rect, polygon, path')]
          .map((e) => `${e.tagName}:${e.getAttribute('rx') ?? ''}`)
          .join(),
      );
    }
    expect(shapes.size).toBe(NODE_KINDS.length);
    expect(container.querySelectorAll('.chart-lock')).toHaveLength(1);
  });

  it('click calls onSelect with the id and keeps the page from jumping', () => {
    const { onSelect } = renderSample();
    const link = screen.getByRole('link', { name: 'Rol: Intern begeleider' });
    const notPrevented = fireEvent.click(link);
    expect(onSelect).toHaveBeenCalledWith('ib');
    expect(notPrevented).toBe(false);
  });

  it('leaves Ctrl-click to the browser (open in a new tab)', () => {
    const { onSelect } = renderSample();
    const link = screen.getByRole('link', { name: 'Rol: Mentor' });
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('Enter and Space call onSelect once each', () => {
    const { onSelect } = renderSample();
    const link = screen.getByRole('link', { name: 'Rol: Mentor' });
    fireEvent.keyDown(link, { key: 'Enter' });
    fireEvent.keyDown(link, { key: ' ' });
    expect(onSelect.mock.calls).toEqual([['mentor'], ['mentor']]);
  });

  it('marks the selected node, not by colour alone', () => {
    renderSample('ib');
    const selected = screen.getByRole('link', { name: 'Rol: Intern begeleider' });
    expect(selected.getAttribute('aria-current')).toBe('true');
    expect(selected.getAttribute('data-selected')).toBe('true');
    expect(selected.querySelector('.chart-selection')).not.toBeNull();
    const other = screen.getByRole('link', { name: 'Rol: Mentor' });
    expect(other.hasAttribute('aria-current')).toBe(false);
    expect(other.querySelector('.chart-selection')).toBeNull();
  });

  it('renders labels as text, never as markup', () => {
    const route = makeRoute([makeNode('x', 'step', '<img src=x onerror=alert(1)>')]);
    const { container } = render(
      <RouteChart
        route={route}
        layout={columnLayout(route)}
        selectedId={null}
        onSelect={() => {}}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.chart-node-label')!.textContent).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});

describe('RouteChart groups and edges', () => {
  it('draws group labels, edge labels and a sentence per edge', () => {
    const { container } = renderSample();
    expect(container.querySelector('.chart-group-label')!.textContent).toBe('Eerste schil');
    const refers = container.querySelector('[data-edge-kind="refers"]')!;
    expect(refers.querySelector('.chart-edge-label')!.textContent).toBe('zorgen over gedrag');
    expect(refers.querySelector('title')!.textContent).toBe(
      'Mentor verwijst naar Intern begeleider: zorgen over gedrag',
    );
    const consults = container.querySelector('[data-edge-kind="consults"]')!;
    expect(consults.querySelector('polyline')!.getAttribute('stroke-dasharray')).toBe('9 5');
  });
});

describe('RouteChart region', () => {
  it('has an accessible name and points to the text version', () => {
    renderSample();
    const region = chart();
    expect(region.getAttribute('tabindex')).toBe('0');
    const descriptions = region.getAttribute('aria-describedby')!.split(' ');
    const description = document.getElementById(descriptions[0]!)!;
    expect(within(description).getByRole('link').getAttribute('href')).toBe('#route-tekst');
  });

  it('shows the whole layout through the viewBox before any interaction', () => {
    const { container } = renderSample();
    const svg = container.querySelector('svg.chart-svg')!;
    expect(svg.getAttribute('viewBox')).toBe(
      `0 0 ${192 + 2 * CHART_MARGIN} ${316 + 2 * CHART_MARGIN}`,
    );
    expect(svg.getAttribute('width')).toBe('100%');
    expect(container.querySelector('.chart-pan-zoom')!.getAttribute('transform')).toBe(
      'translate(0 0) scale(1)',
    );
  });
});
