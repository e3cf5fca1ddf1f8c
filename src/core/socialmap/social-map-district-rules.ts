/**
 * Rules for wijken.json: every district points to a wijkteam and to schools that exist, lies
 * in the region, and no neighbourhood is in two districts (a parent would get two answers).
 */
import { type Problem, error } from '../problem.ts';
import { searchKey } from '../search-text.ts';
import { checkUnique, type SocialMapContext } from './social-map-rules.ts';
import type { DistrictsFile } from './social-map-schema.ts';

export function checkDistricts(file: DistrictsFile, context: SocialMapContext): Problem[] {
  const problems = checkUnique(
    file.districts.map((district) => district.id),
    '/districts',
    'wijk-id',
    '/id',
  );
  const seen = new Map<string, string>();
  file.districts.forEach((district, index) => {
    const at = `/districts/${index}`;
    if (!context.municipalities.has(district.municipality))
      problems.push(
        error(`${at}/municipality`, `"${district.municipality}" is geen gemeente van de regio`),
      );
    const wijkteam = context.organisations.get(district.wijkteam);
    if (!context.organisationIds.has(district.wijkteam))
      problems.push(error(`${at}/wijkteam`, `onbekende organisatie "${district.wijkteam}"`));
    else if (wijkteam && wijkteam.kind !== 'wijkteam')
      problems.push(error(`${at}/wijkteam`, `"${wijkteam.name}" is geen wijkteam`));
    district.schools?.forEach((id, school) => {
      const organisation = context.organisations.get(id);
      if (!context.organisationIds.has(id))
        problems.push(error(`${at}/schools/${school}`, `onbekende organisatie "${id}"`));
      else if (organisation && organisation.kind !== 'school')
        problems.push(error(`${at}/schools/${school}`, `"${organisation.name}" is geen school`));
    });
    district.neighbourhoods.forEach((name, place) => {
      const key = searchKey(name);
      const other = seen.get(key);
      if (other !== undefined && other !== district.id)
        problems.push(
          error(`${at}/neighbourhoods/${place}`, `buurt "${name}" staat ook bij wijk "${other}"`),
        );
      seen.set(key, district.id);
    });
  });
  return problems;
}
