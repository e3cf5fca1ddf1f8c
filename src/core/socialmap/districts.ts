/**
 * "Welk wijkteam is van mij?": a wijkteam helps the families who live in its district, so a
 * parent types their district, neighbourhood or village. A school shows the wijkteam of the
 * district it stands in: that team works with the school, whatever the family's own team is.
 */
import { searchKey } from '../search-text.ts';
import type { District, DistrictsFile, Organisation } from './social-map-schema.ts';

export interface DistrictMatch {
  district: District;
  /** What the query matched: the district's name or one of its neighbourhoods. */
  matched: string;
  via: 'wijk' | 'buurt';
}

/** Districts whose name or a neighbourhood starts with (or, from 3 letters, contains) the query. */
export function findDistricts(file: DistrictsFile | null, query: string): DistrictMatch[] {
  const key = searchKey(query);
  if (!file || key.length === 0) return [];
  const hits = (name: string) => {
    const nameKey = searchKey(name);
    return nameKey.startsWith(key) || (key.length >= 3 && nameKey.includes(key));
  };
  return file.districts.flatMap((district): DistrictMatch[] => {
    if (hits(district.name)) return [{ district, matched: district.name, via: 'wijk' }];
    const neighbourhood = district.neighbourhoods.find(hits);
    return neighbourhood === undefined ? [] : [{ district, matched: neighbourhood, via: 'buurt' }];
  });
}

export function districtOfSchool(
  file: DistrictsFile | null,
  schoolId: string,
): District | undefined {
  return file?.districts.find((district) => district.schools?.includes(schoolId));
}

/** The schools named in the districts, by name, for a "the school of my child" choice. */
export function districtSchools(
  file: DistrictsFile | null,
  organisations: readonly Pick<Organisation, 'id' | 'name'>[],
): { id: string; name: string }[] {
  const ids = new Set(file?.districts.flatMap((district) => district.schools ?? []) ?? []);
  return organisations
    .filter((organisation) => ids.has(organisation.id))
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
