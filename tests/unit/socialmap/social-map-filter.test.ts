import { describe, expect, it } from 'vitest';
import {
  ACCESS_GROUPS,
  accessGroup,
  filterOrganisations,
} from '../../../src/core/socialmap/social-map-filter.ts';
import { ACCESS_KINDS } from '../../../src/core/socialmap/social-map-kinds.ts';
import { makeOrganisation, makeService } from './factories.ts';

const organisations = [
  makeOrganisation('jgz', {
    domain: 'zorg',
    areas: ['Voorbeeldstad', 'Proefdorp'],
    services: [
      makeService('consultatiebureau', { ages: { from: 0, to: 3 } }),
      makeService('op-school', { ages: { from: 4, to: 18 }, areas: ['Proefdorp'] }),
    ],
  }),
  makeOrganisation('ggz', {
    kind: 'ggz-aanbieder',
    domain: 'zorg',
    services: [
      makeService('behandeling', {
        ages: { from: 4, to: 18 },
        access: ['verwijzing-jeugdarts', 'beschikking-gemeente'],
      }),
    ],
  }),
  makeOrganisation('swv', {
    kind: 'samenwerkingsverband',
    domain: 'onderwijs',
    services: [makeService('tlv', { access: ['tlv'] })],
  }),
];
const ids = (filter: Parameters<typeof filterOrganisations>[1]) =>
  filterOrganisations(organisations, filter).map(
    ({ organisation, services }) => `${organisation.id}:${services.map((s) => s.id).join('+')}`,
  );

describe('filtering the list of organisations', () => {
  it('shows everything without a filter', () => {
    expect(ids({})).toEqual(['jgz:consultatiebureau+op-school', 'ggz:behandeling', 'swv:tlv']);
  });

  it('filters by domain', () => {
    expect(ids({ domain: 'onderwijs' })).toEqual(['swv:tlv']);
  });

  it('filters by area, where a service’s own areas narrow its organisation’s', () => {
    expect(ids({ area: 'Proefdorp' })).toEqual(['jgz:consultatiebureau+op-school']);
    expect(ids({ area: 'Voorbeeldstad' })).toEqual([
      'jgz:consultatiebureau',
      'ggz:behandeling',
      'swv:tlv',
    ]);
  });

  it('filters by access, any kind of referral counting as "verwijzing"', () => {
    expect(ids({ access: 'verwijzing' })).toEqual(['ggz:behandeling']);
    expect(ids({ access: 'beschikking' })).toEqual(['ggz:behandeling']);
    expect(ids({ access: 'tlv' })).toEqual(['swv:tlv']);
  });

  it('filters by age band, with inclusive ages', () => {
    expect(ids({ age: '0-3' })).toEqual(['jgz:consultatiebureau']);
    expect(ids({ age: '18-27' })).toEqual(['jgz:op-school', 'ggz:behandeling', 'swv:tlv']);
  });

  it('combines filters', () => {
    expect(ids({ domain: 'zorg', age: '4-11', access: 'vrij' })).toEqual(['jgz:op-school']);
  });

  it('puts every access kind in a group the filter offers', () => {
    for (const kind of ACCESS_KINDS) expect(ACCESS_GROUPS).toContain(accessGroup(kind));
  });
});
