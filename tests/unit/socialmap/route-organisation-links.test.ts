import { describe, expect, it } from 'vitest';
import {
  organisationAppearances,
  routePartners,
} from '../../../src/core/socialmap/route-organisation-links.ts';
import { loadRoutes } from '../../../src/build/load-routes.ts';
import { loadContentRefs } from '../../../src/build/load-routes.ts';
import { loadSocialMap } from '../../../src/build/load-social-map.ts';
import { routeUrl } from '../../../src/core/route/route-urls.ts';
import { makeNode, makeRoute } from '../factories.ts';
import { TODAY } from './factories.ts';

const school = makeRoute({
  kind: 'school',
  school: { name: 'De Testschool', municipality: 'Voorbeeldstad' },
  nodes: [
    makeNode('ib'),
    makeNode('jgz', {
      kind: 'service',
      label: 'Jeugdarts',
      description: 'Zit in het ZAT.',
      organisation: 'jgz-test',
    }),
    makeNode('huisarts', { kind: 'service', organisation: 'huisartsen-test' }),
    makeNode('poh', { kind: 'service', label: 'POH-GGZ', organisation: 'huisartsen-test' }),
  ],
  edges: [],
});
const routes = [{ slug: 'de-testschool', url: '/school/de-testschool', route: school }];

describe('routes and organisations link both ways', () => {
  it('reads a route’s partners from the organisation field of its nodes, in file order', () => {
    expect(routePartners(school)).toEqual([
      { nodeId: 'jgz', organisationId: 'jgz-test' },
      { nodeId: 'huisarts', organisationId: 'huisartsen-test' },
      { nodeId: 'poh', organisationId: 'huisartsen-test' },
    ]);
  });

  it('finds every node that stands for an organisation, with a deep link to that node', () => {
    expect(organisationAppearances(routes, 'jgz-test')).toEqual([
      {
        routeSlug: 'de-testschool',
        routeUrl: '/school/de-testschool',
        routeKind: 'school',
        routeName: 'De Testschool',
        nodeId: 'jgz',
        nodeLabel: 'Jeugdarts',
        nodeDescription: 'Zit in het ZAT.',
        href: '/school/de-testschool#jgz',
      },
    ]);
    expect(organisationAppearances(routes, 'huisartsen-test').map((found) => found.href)).toEqual([
      '/school/de-testschool#huisarts',
      '/school/de-testschool#poh',
    ]);
    expect(organisationAppearances(routes, 'onbekend')).toEqual([]);
  });

  it('holds for the bundled content: every partner in a school route is on the map, and its page finds it back', () => {
    const root = process.cwd();
    const { socialMap } = loadSocialMap(root, TODAY, loadContentRefs(root).terms);
    const loaded = loadRoutes(root, TODAY).routes.map((entry) => ({
      ...entry,
      url: routeUrl(entry.slug, entry.route.kind),
    }));
    const ids = new Set(socialMap.organisations.map((organisation) => organisation.id));
    const schools = loaded.filter((entry) => entry.route.kind === 'school');
    expect(schools.length).toBeGreaterThanOrEqual(3);
    for (const { slug, url, route } of schools) {
      const partners = routePartners(route);
      expect(partners.length, slug).toBeGreaterThanOrEqual(5);
      for (const { nodeId, organisationId } of partners) {
        expect(ids.has(organisationId), `${slug}#${nodeId}`).toBe(true);
        expect(
          organisationAppearances(loaded, organisationId).map((found) => found.href),
        ).toContain(`${url}#${nodeId}`);
      }
    }
  });
});
