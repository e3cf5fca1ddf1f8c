import { describe, expect, it } from 'vitest';
import { loadRoutes, listRouteFiles } from '../../src/build/load-routes.ts';
import { formatReports } from '../../src/build/format-reports.ts';

// The bundled content must stay valid: this is what the site is built from.
const TODAY = '2026-11-27';

describe('the bundled content', () => {
  const files = listRouteFiles(process.cwd());
  const { routes, reports } = loadRoutes(process.cwd(), TODAY);

  it('has every route file valid, without warnings', () => {
    expect(formatReports(reports)).toBe('');
    expect(routes).toHaveLength(files.length);
  });

  it('has templates for po, vo and mbo, a care route and at least three fictional schools', () => {
    const templates = routes
      .filter((entry) => entry.route.kind === 'template')
      .map((entry) => entry.route.sector);
    expect(templates).toEqual(expect.arrayContaining(['po', 'vo', 'mbo']));
    expect(routes.some((entry) => entry.route.kind === 'care')).toBe(true);
    const schools = routes.filter((entry) => entry.route.kind === 'school');
    expect(schools.length).toBeGreaterThanOrEqual(3);
    for (const { route } of schools) expect(route.summary).toContain('Fictief voorbeeld');
  });

  it('keeps templates between 15 and 40 nodes', () => {
    for (const { slug, route } of routes.filter((entry) => entry.route.kind === 'template')) {
      expect(route.nodes.length, slug).toBeGreaterThanOrEqual(15);
      expect(route.nodes.length, slug).toBeLessThanOrEqual(40);
    }
  });

  it('uses only fictional contact domains', () => {
    for (const { slug, route } of routes) {
      for (const node of route.nodes) {
        if (node.contact?.email) expect(node.contact.email, slug).toMatch(/\.example$/);
        if (node.contact?.url)
          expect(node.contact.url, slug).toMatch(/^https:\/\/[^/]+\.example(\/|$)/);
      }
    }
  });
});
