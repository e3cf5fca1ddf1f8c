import { describe, expect, it } from 'vitest';
import {
  CARDS_PER_SHEET,
  contactSheetForRoute,
} from '../../../src/core/socialmap/contact-cards.ts';
import type { OrganisationKind } from '../../../src/core/socialmap/social-map-kinds.ts';
import { makeNode, makeRoute } from '../factories.ts';
import {
  makeContactPoint,
  makeOrganisation,
  makeRole,
  makeService,
  makeSocialMap,
} from './factories.ts';

const org = (
  id: string,
  kind: OrganisationKind,
  overrides: Parameters<typeof makeOrganisation>[1] = {},
) =>
  makeOrganisation(id, {
    kind,
    name: id,
    services: [makeService('dienst', { role: 'medewerker', purpose: `Voor ${id}` })],
    ...overrides,
  });

const map = makeSocialMap({
  roles: [
    makeRole('medewerker', { label: 'Medewerker' }),
    makeRole('jeugdarts', { label: 'Jeugdarts' }),
  ],
  organisations: [
    org('leerplicht', 'leerplicht'),
    org('wijkteam', 'wijkteam'),
    org('jgz', 'jgz', {
      services: [
        makeService('consultatiebureau', { role: 'medewerker', ages: { from: 0, to: 3 } }),
        makeService('op-school', {
          role: 'jeugdarts',
          ages: { from: 4, to: 18 },
          contactPoints: [
            makeContactPoint({ urgency: 'spoed', phone: '112' }),
            makeContactPoint({ phone: '010 - 000 0001' }),
            makeContactPoint({ phone: '010 - 000 0002' }),
          ],
        }),
      ],
    }),
    org('swv', 'samenwerkingsverband'),
    org('kindertelefoon', 'hulplijn', {
      services: [makeService('chat', { role: 'medewerker', ages: { from: 8, to: 18 } })],
    }),
    org('huisartsenpost', 'huisartsenpost'),
    org('elders', 'huisartsenpost', { areas: ['Proefdorp'] }),
  ],
});

const schoolWith = (partners: string[]) =>
  makeRoute({
    kind: 'school',
    sector: 'po',
    school: { name: 'De Testschool', municipality: 'Voorbeeldstad' },
    nodes: partners.map((id, index) =>
      makeNode(`n${index}`, { kind: 'service', organisation: id }),
    ),
    edges: [],
  });

describe('contact cards for a school', () => {
  it('makes one card per partner, the ones parents need most first, and tops the sheet up to eight', () => {
    const { cards, leftOut } = contactSheetForRoute(
      schoolWith(['leerplicht', 'swv', 'jgz', 'wijkteam', 'jgz']),
      map,
    );
    expect(cards).toHaveLength(CARDS_PER_SHEET - 2);
    expect(cards.map((card) => card.organisationId)).toEqual([
      'wijkteam',
      'jgz',
      'swv',
      'leerplicht',
      'kindertelefoon',
      'huisartsenpost',
    ]);
    expect(
      cards.filter((card) => card.nodeId === undefined).map((card) => card.organisationId),
    ).toEqual(['kindertelefoon', 'huisartsenpost']);
    expect(leftOut).toEqual([]);
  });

  it('picks the service that fits the school’s pupils, with its role, purpose and at most two contact points', () => {
    const [card] = contactSheetForRoute(schoolWith(['jgz']), map).cards;
    expect(card).toMatchObject({ organisationId: 'jgz', roleLabel: 'Jeugdarts', nodeId: 'n0' });
    // The ordinary desk first, then the spoedlijn; the third number stays on the map.
    expect(card!.contactPoints.map((point) => point.phone)).toEqual(['010 - 000 0001', '112']);
  });

  it('keeps eight cards when a school has more partners, and says which did not fit', () => {
    const many = [
      'leerplicht',
      'swv',
      'jgz',
      'wijkteam',
      'kindertelefoon',
      'huisartsenpost',
      'elders',
    ];
    const extra = makeSocialMap({
      ...map,
      organisations: [...map.organisations, org('a', 'ziekenhuis'), org('b', 'school')],
    });
    const { cards, leftOut } = contactSheetForRoute(schoolWith([...many, 'a', 'b']), extra);
    expect(cards).toHaveLength(CARDS_PER_SHEET);
    expect(leftOut.map((organisation) => organisation.id)).toEqual(['b']);
  });
});
