// The SVG download is rendered in Node at build time: no DOM here either.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { makeHighlight } from '../../../src/view/chart/chart-highlight.ts';
import { StandaloneChart } from '../../../src/view/chart/StandaloneChart.tsx';
import { sampleRoute } from './chart-factories.ts';

describe('StandaloneChart', () => {
  const { route, layout } = sampleRoute();

  it('is a self-contained SVG: namespace, title, size, text as text, no links or styles', () => {
    const svg = renderToStaticMarkup(
      <StandaloneChart
        route={route}
        layout={layout}
        title="Stroomschema: Test"
        heading={{ title: 'Testschool' }}
      />,
    );
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+(\.\d+)? \d+/,
    );
    expect(svg).toMatch(/ width="\d+(\.\d+)?" height="\d+(\.\d+)?"/);
    expect(svg).toContain('<title>Stroomschema: Test</title>');
    expect(svg).toContain('>Testschool</text>');
    for (const node of route.nodes) expect(svg).toContain(`>${node.label}</text>`);
    expect(svg).toContain('>zorgen over gedrag</tspan>');
    expect(svg).not.toMatch(/<a |<style|<script|href=/);
  });

  it('draws every edge through its points and a legend of all kinds', () => {
    const svg = renderToStaticMarkup(<StandaloneChart route={route} layout={layout} title="t" />);
    expect(svg.match(/class="chart-edge"/g)).toHaveLength(route.edges.length);
    expect(svg).toContain('>Legenda</text>');
    expect(svg).toContain('>Partner buiten school</text>');
    expect(svg).toContain('>meldt (wettelijk) bij</text>');
  });

  it('can leave the legend out and fill its container', () => {
    const svg = renderToStaticMarkup(
      <StandaloneChart route={route} layout={layout} title="t" legend={false} size="fluid" />,
    );
    expect(svg).not.toContain('Legenda');
    expect(svg).toContain('width="100%"');
    expect(svg).not.toMatch(/^<svg[^>]* height="/);
  });

  it('marks highlighted nodes with a frame and number, and fades the rest', () => {
    const highlight = makeHighlight(
      ['mentor', 'ib'],
      [route.edges[0]!],
      'op de gekozen weg',
      new Map([
        ['mentor', 1],
        ['ib', 2],
      ]),
    );
    const svg = renderToStaticMarkup(
      <StandaloneChart
        route={route}
        layout={layout}
        title="t"
        highlight={highlight}
        legend={false}
      />,
    );
    expect(svg.match(/data-emphasis="highlighted"/g)).toHaveLength(3); // two nodes, one edge
    expect(svg.match(/data-emphasis="dimmed"/g)).toHaveLength(2); // one node, one edge
    expect(svg.match(/class="chart-highlight-number"/g)).toHaveLength(2);
    expect(svg).toContain('class="chart-highlight-band"');
  });
});
