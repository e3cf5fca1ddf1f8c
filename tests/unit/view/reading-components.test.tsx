// Prerendering runs in Node: the components must render without a DOM.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RouteChart } from '../../../src/view/chart/RouteChart.tsx';
import { makeHighlight } from '../../../src/view/chart/chart-highlight.ts';
import { readPathChoice, writePathChoice } from '../../../src/view/path-finder/use-path-query.ts';
import { buildWayView } from '../../../src/view/path-finder/way-view.ts';
import { iframeSnippet } from '../../../src/core/route/embed-code.ts';
import { StaleWarning } from '../../../src/view/reading/stale-warning.tsx';
import { sampleRoute } from './chart-factories.ts';

describe('StaleWarning', () => {
  it('warns in the prerendered HTML when the route was checked over a year before the build', () => {
    const html = renderToString(
      <StaleWarning verified="2025-10-01" maintainer="intern begeleider" builtOn="2026-11-27" />,
    );
    expect(html).toContain('mogelijk verouderd');
    expect(html).toContain('1 oktober 2025');
  });

  it('says nothing for a route checked within the year', () => {
    const html = renderToString(
      <StaleWarning verified="2026-01-10" maintainer="intern begeleider" builtOn="2026-11-27" />,
    );
    expect(html).toBe('');
  });
});

describe('the path choice in the URL query', () => {
  const valid = new Set(['mentor', 'ib']);

  it('reads van, naar and terug, ignoring unknown ids', () => {
    expect(readPathChoice('?van=mentor&naar=ib&terug=ja', valid)).toEqual({
      from: 'mentor',
      to: 'ib',
      back: true,
    });
    expect(readPathChoice('?van=mentor&naar=onbekend', valid)).toBeNull();
    expect(readPathChoice('', valid)).toBeNull();
  });

  it('writes the choice and keeps other parameters', () => {
    expect(writePathChoice('?x=1', { from: 'mentor', to: 'ib', back: false })).toBe(
      '?x=1&van=mentor&naar=ib',
    );
    expect(writePathChoice('?van=mentor&naar=ib&terug=ja', null)).toBe('');
  });
});

describe('buildWayView', () => {
  const { route, layout } = sampleRoute();

  it('numbers the way in the highlight and says what was found', () => {
    const view = buildWayView(route, { from: 'mentor', to: 'ot', back: true })!;
    expect([...view.highlight!.nodes]).toEqual(['mentor', 'ib', 'ot']);
    expect(view.highlight!.numbers?.get('ot')).toBe(3);
    expect(view.announcement).toContain('Weg van Mentor naar Ondersteuningsteam: 3 stappen');
    expect(view.announcement).toContain('Er loopt geen weg terug');
  });

  it('draws the highlight in the chart: numbered, named and the rest faded', () => {
    const view = buildWayView(route, { from: 'mentor', to: 'ib', back: false })!;
    const html = renderToString(
      <RouteChart
        route={route}
        layout={layout}
        selectedId={null}
        onSelect={() => {}}
        highlight={view.highlight}
      />,
    );
    expect(html).toContain('aria-label="Rol: Mentor, 1e stap op de gekozen weg"');
    expect(html).toContain('aria-label="Overleg: Ondersteuningsteam, vervaagd"');
    expect(html).toContain('class="chart-highlight-number"');
  });

  it('draws no highlight without one', () => {
    const html = renderToString(
      <RouteChart route={route} layout={layout} selectedId={null} onSelect={() => {}} />,
    );
    expect(html).not.toContain('data-emphasis');
    expect(makeHighlight([], [], 'x').nodes.size).toBe(0);
  });
});

describe('iframeSnippet', () => {
  it('escapes the name in the title attribute', () => {
    expect(iframeSnippet('https://routekaart.example', 'school-a', 'De "Ster" & Co <b>')).toBe(
      '<iframe src="https://routekaart.example/embed/school-a" title="Ondersteuningsroute: De &quot;Ster&quot; &amp; Co &lt;b&gt;" width="100%" height="800" style="border:0" loading="lazy"></iframe>',
    );
  });
});
