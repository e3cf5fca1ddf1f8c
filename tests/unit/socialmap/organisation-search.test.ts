import { describe, expect, it } from 'vitest';
import { searchOrganisations } from '../../../src/core/socialmap/organisation-search.ts';
import { makeOrganisation, makeService } from './factories.ts';

const ORGANISATIONS = [
  makeOrganisation('welzijn', {
    name: 'Welzijn Voorbeeldstad',
    description: 'Schoolmaatschappelijk werk en jongerenwerk.',
    services: [
      makeService('geldzaken', {
        name: 'Inloop geldzaken',
        purpose: 'Hulp bij post en schulden',
        role: 'sociaal-werker',
      }),
      makeService('jongerenwerk', {
        name: 'Jongerenwerk',
        purpose: 'Een vertrouwd gezicht',
        role: 'jongerenwerker',
      }),
    ],
  }),
  makeOrganisation('kindertelefoon', {
    name: 'De Kindertelefoon',
    description: 'Kinderen bellen anoniem.',
    services: [
      makeService('bellen', {
        name: 'Bellen of chatten',
        purpose: 'Over pesten',
        role: 'hulplijnmedewerker',
      }),
    ],
  }),
  makeOrganisation('jgz', {
    name: 'JGZ Voorbeeldregio',
    description: 'Jeugdgezondheidszorg.',
    services: [makeService('school', { name: 'JGZ op school', role: 'jeugdarts' })],
  }),
];
const ROLES = [{ id: 'jeugdarts', label: 'Jeugdarts' }];
const search = (query: string) =>
  searchOrganisations(ORGANISATIONS, ROLES, query).map(
    ({ organisation, services }) =>
      `${organisation.id}: ${services.map((service) => service.id).join(', ')}`,
  );

describe('searching organisations and services', () => {
  it('shows everything for an empty query', () => {
    expect(search(' ')).toHaveLength(3);
  });

  it('keeps only the services that match, when the match is in a service', () => {
    expect(search('schulden')).toEqual(['welzijn: geldzaken']);
    expect(search('geld')).toEqual(['welzijn: geldzaken']);
  });

  it('keeps every service when the organisation itself matches', () => {
    expect(search('welzijn')).toEqual(['welzijn: geldzaken, jongerenwerk']);
  });

  it('finds the role you met ("jeugdarts") and ignores case and accents', () => {
    expect(search('JEUGDARTS')).toEqual(['jgz: school']);
  });

  it('matches the start of words only, so "geld" does not find "Voorbeeld…"', () => {
    expect(search('geld')).not.toContain('jgz: school');
  });

  it('still finds a name with a typo', () => {
    expect(search('kindertelefon')).toEqual(['kindertelefoon: bellen']);
  });

  it('finds nothing for a word that is nowhere', () => {
    expect(search('xyzzy')).toEqual([]);
  });
});
