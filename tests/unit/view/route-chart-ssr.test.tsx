import { CHART_MARGIN } from '../../../src/view/chart/ChartDrawing.tsx';
// Prerendering runs in Node with no DOM: this file deliberately uses the node environment.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartLegend, RouteChart } from '../../../src/view/chart/index.ts';
import { sampleRoute } from './chart-factories.ts';

describe('RouteChart prerendering', () => {
  it('renders the whole chart to HTML without a DOM', () => {
    expect(typeof document).toBe('undefined');
    const { route, layout } = sampleRoute();
    const html = renderToString(
      <RouteChart route={route} layout={layout} selectedId="ib" onSelect={() => {}} />,
    );
    expect(html).toContain(`viewBox="0 0 ${192 + 2 * CHART_MARGIN} ${316 + 2 * CHART_MARGIN}"`);
    expect(html).toContain('href="#mentor"');
    expect(html).toContain('aria-label="Rol: Intern begeleider"');
    expect(html).toContain('aria-current="true"');
    expect(html).toContain('transform="translate(0 0) scale(1)"');
    expect(html).toContain('href="#route-tekst"');
    // Buttons need JS: disabled until hydrated.
    expect(html).toMatch(/<button[^>]*disabled/);
  });

  it('renders the legend to HTML', () => {
    const html = renderToString(<ChartLegend />);
    expect(html).toContain('Partner buiten school');
    expect(html).toContain('meldt (wettelijk) bij');
  });
});
