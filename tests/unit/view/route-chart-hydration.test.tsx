// @vitest-environment jsdom
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouteChart } from '../../../src/view/chart/index.ts';
import { sampleRoute } from './chart-factories.ts';

// Lets act() work outside @testing-library's render.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('RouteChart hydration', () => {
  it('hydrates the prerendered HTML without mismatches, then enables the buttons', async () => {
    const { route, layout } = sampleRoute();
    const element = (
      <RouteChart route={route} layout={layout} selectedId="mentor" onSelect={() => {}} />
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    document.body.append(container);
    const prerendered = container.querySelector('svg')!.outerHTML;
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();

    const root = await act(async () =>
      hydrateRoot(container, element, { onRecoverableError: recoverable }),
    );

    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    expect(container.querySelector('svg')!.outerHTML).toBe(prerendered);
    expect(container.querySelector('button')!.disabled).toBe(false);
    act(() => root.unmount());
  });
});
