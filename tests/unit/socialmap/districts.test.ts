import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/problem.ts';
import {
  districtOfSchool,
  districtSchools,
  findDistricts,
} from '../../../src/core/socialmap/districts.ts';
import type {
  District,
  DistrictsFile,
  SocialMap,
} from '../../../src/core/socialmap/social-map-schema.ts';
import { validateSocialMap } from '../../../src/core/socialmap/validate-social-map.ts';
import {
  TODAY,
  makeOrganisation,
  makeRole,
  makeService,
  makeSocialMap,
  toSource,
} from './factories.ts';

function makeDistrict(id: string, overrides: Partial<District> = {}): District {
  return {
    id,
    name: `Wijk ${id}`,
    municipality: 'Voorbeeldstad',
    neighbourhoods: [],
    wijkteam: 'wijkteam',
    ...overrides,
  };
}

const districtsOf = (...districts: District[]): DistrictsFile => ({
  fictional: true,
  note: 'Verzonnen.',
  districts,
});

const NOORD = makeDistrict('noord', {
  name: 'Voorbeeldstad-Noord',
  neighbourhoods: ['Bloemenbuurt', 'Molenwijk'],
  schools: ['regenboog'],
});
const ZUID = makeDistrict('zuid', { name: 'Voorbeeldstad-Zuid', neighbourhoods: ['Parkzicht'] });
const FILE = districtsOf(NOORD, ZUID);

describe('finding your wijkteam', () => {
  it('finds a district by a neighbourhood, folded and from its first letters', () => {
    expect(findDistricts(FILE, 'molen')).toEqual([
      { district: NOORD, matched: 'Molenwijk', via: 'buurt' },
    ]);
    expect(findDistricts(FILE, 'PARKZICHT')[0]?.district.id).toBe('zuid');
  });

  it('finds a district by its name, also by a part of it', () => {
    expect(findDistricts(FILE, 'zuid').map((match) => match.via)).toEqual(['wijk']);
    expect(findDistricts(FILE, 'voorbeeldstad').map((match) => match.district.id)).toEqual([
      'noord',
      'zuid',
    ]);
  });

  it('finds nothing for an empty query, an unknown place or a map without districts', () => {
    expect(findDistricts(FILE, '  ')).toEqual([]);
    expect(findDistricts(FILE, 'Amsterdam')).toEqual([]);
    expect(findDistricts(null, 'zuid')).toEqual([]);
  });

  it('tells the district of a school, and lists the schools by name', () => {
    expect(districtOfSchool(FILE, 'regenboog')?.id).toBe('noord');
    expect(districtOfSchool(FILE, 'elders')).toBeUndefined();
    expect(
      districtSchools(FILE, [
        { id: 'regenboog', name: 'De Regenboog' },
        { id: 'jgz', name: 'JGZ' },
      ]),
    ).toEqual([{ id: 'regenboog', name: 'De Regenboog' }]);
  });
});

describe('validating wijken.json', () => {
  const map = (districts: DistrictsFile): SocialMap =>
    makeSocialMap({
      roles: [
        makeRole('jeugdarts'),
        makeRole('wijkteammedewerker', { organisationKinds: ['wijkteam'] }),
      ],
      organisations: [
        makeOrganisation('jgz'),
        makeOrganisation('wijkteam', {
          kind: 'wijkteam',
          domain: 'jeugdhulp',
          services: [makeService('hulp', { role: 'wijkteammedewerker' })],
        }),
      ],
      districts,
    });
  const problemsOf = (districts: DistrictsFile) =>
    validateSocialMap(toSource(map(districts)), new Set(), TODAY).reports.flatMap(
      ({ file, problems }) => problems.map((problem) => formatProblem(file, problem)),
    );

  it('accepts districts that point to a wijkteam of the map', () => {
    const result = validateSocialMap(toSource(map(districtsOf(ZUID))), new Set(), TODAY);
    expect(result.reports).toEqual([]);
    expect(result.socialMap?.districts?.districts.map((district) => district.id)).toEqual(['zuid']);
  });

  it('names the field when a district points to something that is not a wijkteam or a school', () => {
    expect(
      problemsOf(districtsOf(makeDistrict('a', { wijkteam: 'jgz', schools: ['jgz', 'weg'] }))),
    ).toEqual([
      'content/socialmap/wijken.json: /districts/0/wijkteam: "Organisatie jgz" is geen wijkteam',
      'content/socialmap/wijken.json: /districts/0/schools/0: "Organisatie jgz" is geen school',
      'content/socialmap/wijken.json: /districts/0/schools/1: onbekende organisatie "weg"',
    ]);
  });

  it('refuses a neighbourhood in two districts and a municipality outside the region', () => {
    expect(
      problemsOf(
        districtsOf(
          makeDistrict('a', { neighbourhoods: ['De Vaart'] }),
          makeDistrict('b', { neighbourhoods: ['de vaart'], municipality: 'Elders' }),
        ),
      ),
    ).toEqual([
      'content/socialmap/wijken.json: /districts/1/municipality: "Elders" is geen gemeente van de regio',
      'content/socialmap/wijken.json: /districts/1/neighbourhoods/0: buurt "de vaart" staat ook bij wijk "a"',
    ]);
  });
});
