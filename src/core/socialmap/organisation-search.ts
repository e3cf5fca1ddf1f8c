/**
 * Text search over the social map's organisations and their services, folded like the
 * glossary's search (case, accents and punctuation do not matter). Words first: every word
 * of the query must start a word of the organisation or service ("geld" finds "geldzaken",
 * not "Voorbeeld"). Only when nothing matches that way does fuse.js look for typos, as the
 * glossary's fuzzy pass does ("kindertelefon"). A match in a service keeps only the matching
 * services; a match in the organisation's own name or description keeps them all.
 */
import Fuse from 'fuse.js';
import { searchWords } from '../search-text.ts';
import type { FilteredOrganisation } from './social-map-filter.ts';
import type { Organisation, Role, Service } from './social-map-schema.ts';

type RoleLabels = readonly Pick<Role, 'id' | 'label'>[];

function serviceText(service: Service, roles: RoleLabels): string {
  const role = roles.find((candidate) => candidate.id === service.role)?.label ?? '';
  return `${service.name} ${service.purpose} ${role}`;
}

const startsAWord = (words: readonly string[]) => (query: string) =>
  words.some((word) => word.startsWith(query));

function wordMatches(
  organisation: Organisation,
  roles: RoleLabels,
  query: readonly string[],
): FilteredOrganisation | null {
  const own = searchWords(`${organisation.name} ${organisation.description}`);
  if (query.every(startsAWord(own))) return { organisation, services: organisation.services };
  const services = organisation.services.filter((service) =>
    query.every(startsAWord([...own, ...searchWords(serviceText(service, roles))])),
  );
  return services.length > 0 ? { organisation, services } : null;
}

/** Organisations whose name matches come first; otherwise the map's own order is kept. */
function byName(query: readonly string[]) {
  const inName = (result: FilteredOrganisation) =>
    query.every(startsAWord(searchWords(result.organisation.name))) ? 0 : 1;
  return (a: FilteredOrganisation, b: FilteredOrganisation) => inName(a) - inName(b);
}

function typoMatches(
  organisations: readonly Organisation[],
  roles: RoleLabels,
  query: string,
): FilteredOrganisation[] {
  const documents = organisations.map((organisation, index) => ({
    index,
    name: organisation.name,
    description: organisation.description,
    services: organisation.services.map((service) => serviceText(service, roles)),
  }));
  const fuse = new Fuse(documents, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'services', weight: 2 },
      { name: 'description', weight: 1 },
    ],
    ignoreDiacritics: true,
    ignoreLocation: true,
    includeMatches: true,
    threshold: 0.3,
    minMatchCharLength: 3,
  });
  return fuse.search(query.trim()).flatMap(({ item, matches = [] }) => {
    const organisation = organisations[item.index];
    if (!organisation) return [];
    const inServices = new Set(
      matches.filter((match) => match.key === 'services').map((match) => match.refIndex),
    );
    const services = matches.some((match) => match.key !== 'services')
      ? organisation.services
      : organisation.services.filter((_, index) => inServices.has(index));
    return [{ organisation, services }];
  });
}

export function searchOrganisations(
  organisations: readonly Organisation[],
  roles: RoleLabels,
  query: string,
): FilteredOrganisation[] {
  const words = searchWords(query);
  if (words.length === 0)
    return organisations.map((organisation) => ({ organisation, services: organisation.services }));
  const found = organisations
    .flatMap((organisation) => wordMatches(organisation, roles, words) ?? [])
    .sort(byName(words));
  return found.length > 0 ? found : typoMatches(organisations, roles, query);
}
