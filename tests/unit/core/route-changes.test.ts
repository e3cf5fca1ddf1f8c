import { describe, expect, it } from 'vitest';
import { routeChanges, summarizeRouteChanges } from '../../../src/core/reading/route-changes.ts';
import { makeEdge, makeNode, makeRoute } from '../factories.ts';

const zorg = (phone: string) =>
  makeNode('zorg', { label: 'zorgcoördinator', contact: { phone, email: 'zorg@school.example' } });

describe('the summary of changes between two versions of a route', () => {
  it('counts added steps and names a changed phone number', () => {
    const before = makeRoute({ nodes: [...makeRoute().nodes, zorg('010 123 45 67')] });
    const after = makeRoute({
      nodes: [...makeRoute().nodes, zorg('010 765 43 21'), makeNode('smw'), makeNode('jgz')],
    });
    expect(summarizeRouteChanges(before, after)).toBe(
      '2 stappen toegevoegd, telefoonnummer zorgcoördinator gewijzigd.',
    );
  });

  it('names removed steps and connections, and consent asked elsewhere', () => {
    const before = makeRoute();
    const after = makeRoute({
      nodes: [makeNode('mentor'), makeNode('ib', { consent: 'ouders' })],
      edges: [makeEdge('mentor', 'ib')],
    });
    expect(routeChanges(before, after)).toEqual([
      '1 stap verwijderd',
      '1 verbinding verwijderd',
      'toestemming bij ib gewijzigd',
    ]);
  });

  it('does not count a renamed id as a removed and an added step', () => {
    const before = makeRoute({
      nodes: [makeNode('ib', { label: 'Intern begeleider' })],
      edges: [],
    });
    const after = makeRoute({
      nodes: [makeNode('intern-begeleider', { label: 'Intern begeleider' })],
      edges: [],
    });
    expect(routeChanges(before, after)).toEqual([]);
    expect(summarizeRouteChanges(before, after)).toBe('Geen wijzigingen in de inhoud.');
  });

  it('says a route was checked again, and that a connection changed kind', () => {
    const after = makeRoute({
      verified: '2026-11-30',
      edges: [
        makeEdge('mentor', 'ib', { kind: 'consults' }),
        makeEdge('ib', 'zat', { kind: 'escalates' }),
      ],
    });
    expect(routeChanges(makeRoute(), after)).toEqual([
      '1 verbinding van soort veranderd',
      'opnieuw gecontroleerd',
    ]);
  });

  it('keeps a long list short', () => {
    const after = makeRoute({
      title: 'Nieuw',
      summary: 'Anders',
      maintainer: 'zorgcoördinator',
      nodes: [...makeRoute().nodes, makeNode('a'), makeNode('b')],
      verified: '2026-11-30',
    });
    expect(summarizeRouteChanges(makeRoute(), after)).toBe(
      '2 stappen toegevoegd, titel gewijzigd, samenvatting gewijzigd, rol die de route bijhoudt gewijzigd en 1 andere wijziging.',
    );
  });

  it('marks the first version and a version that no longer fits the format', () => {
    expect(summarizeRouteChanges(null, makeRoute())).toBe('Eerste versie.');
    expect(summarizeRouteChanges(makeRoute(), null)).toMatch(/past niet in het huidige formaat/);
  });
});

describe('a field changed in several steps', () => {
  it('is counted once, not named step by step', () => {
    const before = makeRoute({
      nodes: [makeNode('a', { who: 'x' }), makeNode('b', { who: 'x' })],
      edges: [],
    });
    const after = makeRoute({
      nodes: [makeNode('a', { who: 'y' }), makeNode('b', { who: 'y' })],
      edges: [],
    });
    expect(routeChanges(before, after)).toEqual(['wie er handelt in 2 stappen gewijzigd']);
  });
});
