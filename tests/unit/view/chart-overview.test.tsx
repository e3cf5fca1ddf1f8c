// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OVERVIEW_FROM_STEPS } from '../../../src/core/route/route-overview.ts';
import type { Route } from '../../../src/core/route/route-schema.ts';
import type { RouteLayout } from '../../../src/layout/layout-types.ts';
import { RouteChart } from '../../../src/view/chart/index.ts';
import { columnLayout, makeEdge, makeNode, makeRoute } from './chart-factories.ts';

afterEach(cleanup);

/** A chain of steps, the first half in "Eerste schil", the rest in "Tweede schil". */
function twoPartRoute(steps: number): { route: Route; layout: RouteLayout } {
  const half = Math.ceil(steps / 2);
  const nodes = Array.from({ length: steps }, (_, index) =>
    makeNode(`stap-${index}`, 'role', `Stap ${index}`, {
      group: index < half ? 'eerste' : 'tweede',
    }),
  );
  const edges = nodes.slice(1).map((node, index) => makeEdge(`stap-${index}`, node.id, 'refers'));
  const route = makeRoute(nodes, edges, {
    groups: [
      { id: 'eerste', label: 'Eerste schil' },
      { id: 'tweede', label: 'Tweede schil' },
    ],
  });
  const layout = columnLayout(route);
  const band = (id: string, from: number, to: number) => ({
    id,
    x: 0,
    y: from * 100,
    width: 192,
    height: (to - from) * 100 + 16,
    lines: [id],
  });
  return {
    route,
    layout: { ...layout, groups: [band('eerste', 0, half), band('tweede', half, steps)] },
  };
}

function renderChart(steps: number, selectedId: string | null = null) {
  const { route, layout } = twoPartRoute(steps);
  const onSelect = vi.fn();
  const result = render(
    <RouteChart route={route} layout={layout} selectedId={selectedId} onSelect={onSelect} />,
  );
  const select = (id: string) =>
    result.rerender(
      <RouteChart route={route} layout={layout} selectedId={id} onSelect={onSelect} />,
    );
  return { onSelect, select };
}

const overview = () => screen.queryByRole('list', { name: 'Overzicht van de route' });
/** The overview's code is loaded lazily: wait for it. */
const shownOverview = () => screen.findByRole('list', { name: 'Overzicht van de route' });
const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');

describe('the overview of a big route', () => {
  it('opens a big route with its parts and their steps instead of the whole chart', async () => {
    renderChart(OVERVIEW_FROM_STEPS);
    const list = await shownOverview();
    expect(within(list).getByRole('button', { name: 'Eerste schil' })).toBeTruthy();
    expect(within(list).getAllByText(`${OVERVIEW_FROM_STEPS / 2} stappen`)).toHaveLength(2);
    expect(pressed('Overzicht')).toBe('true');
    // The chart stays in the page, hidden, for printing and for a quick switch.
    expect(document.querySelector('.chart-viewport--behind')).not.toBeNull();
  });

  it('selects a step chosen in the overview and then shows it in the chart', async () => {
    const { onSelect, select } = renderChart(OVERVIEW_FROM_STEPS);
    fireEvent.click(within(await shownOverview()).getByRole('button', { name: 'Stap 3' }));
    expect(onSelect).toHaveBeenCalledWith('stap-3');
    select('stap-3');
    expect(overview()).toBeNull();
    expect(pressed('Hele schema')).toBe('true');
  });

  it('shows a chosen part in the chart (zoomed in on it where the page is measured)', async () => {
    renderChart(OVERVIEW_FROM_STEPS);
    fireEvent.click(within(await shownOverview()).getByRole('button', { name: 'Tweede schil' }));
    expect(overview()).toBeNull();
    expect(document.querySelector('.chart-viewport--behind')).toBeNull();
    expect(pressed('Hele schema')).toBe('true');
  });

  it('opens a smaller route with the chart, and offers the overview', async () => {
    renderChart(12);
    expect(overview()).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Overzicht' }));
    expect(await shownOverview()).toBeTruthy();
  });

  it('opens with the chart when a step is chosen from the start (a #stap link)', () => {
    renderChart(OVERVIEW_FROM_STEPS, 'stap-5');
    expect(overview()).toBeNull();
  });
});

describe('the keyboard after a choice in the overview', () => {
  it('lands on the chosen step in the chart, not at the start of the page', async () => {
    const { select } = renderChart(OVERVIEW_FROM_STEPS);
    const button = within(await shownOverview()).getByRole('button', { name: 'Stap 3' });
    button.focus();
    fireEvent.click(button);
    select('stap-3');
    expect(document.activeElement?.getAttribute('data-node-id')).toBe('stap-3');
  });

  it('lands on the chart box after choosing a part', async () => {
    renderChart(OVERVIEW_FROM_STEPS);
    fireEvent.click(within(await shownOverview()).getByRole('button', { name: 'Tweede schil' }));
    expect(document.activeElement).toBe(
      screen.getByRole('group', { name: 'Stroomschema van de route' }),
    );
  });
});
