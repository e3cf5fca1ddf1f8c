/**
 * The social map's rules beyond the shape, for organisation files: references to roles,
 * areas inside the region, function addresses only, and freshness. Each check returns problems
 * located in the file it is about, so an author sees them next to the field they typed.
 * Roles and questions are checked in social-map-reference-rules.ts.
 */
import { PERSONAL_EMAIL_MESSAGE, looksPersonal } from '../function-email.ts';
import { isOlderThanMonths } from '../dates.ts';
import { type Problem, error, warning } from '../problem.ts';
import { ID_PATTERN } from '../schema-fields.ts';
import type { ContactPoint, Organisation, Role } from './social-map-schema.ts';

/** Path segments under /sociale-kaart/ that are pages, so no organisation may take them. */
export const RESERVED_ORGANISATION_IDS = ['visitekaartjes', 'voor-ouders'] as const;

export interface SocialMapContext {
  municipalities: ReadonlySet<string>;
  /** Null when roles.json itself is broken: then role references are not checked, to avoid noise. */
  roles: ReadonlyMap<string, Role> | null;
  /** Every organisation file's id, valid or not: a broken file still names an organisation. */
  organisationIds: ReadonlySet<string>;
  /** The organisations whose files are valid. */
  organisations: ReadonlyMap<string, Organisation>;
  terms: ReadonlySet<string>;
  today: string;
}

export function checkOrganisationId(id: string): Problem[] {
  if (!ID_PATTERN.test(id))
    return [
      error(
        '',
        `bestandsnaam "${id}.json" is geen geldige id: alleen kleine letters, cijfers en "-"`,
      ),
    ];
  if ((RESERVED_ORGANISATION_IDS as readonly string[]).includes(id))
    return [
      error(
        '',
        `"${id}" is de naam van een pagina van de sociale kaart; kies een andere bestandsnaam`,
      ),
    ];
  return [];
}

export function checkOrganisation(
  organisation: Organisation,
  context: SocialMapContext,
): Problem[] {
  const problems = [
    ...checkAreas(organisation.areas, context.municipalities, '/areas', 'de regio (region.json)'),
    ...checkUnique(
      organisation.services.map((service) => service.id),
      '/services',
      'dienst-id',
      '/id',
    ),
    ...stale(organisation.verified, context.today, '/verified'),
  ];
  organisation.services.forEach((service, index) => {
    const at = `/services/${index}`;
    const role = context.roles?.get(service.role);
    if (context.roles && !role)
      problems.push(error(`${at}/role`, `onbekende rol "${service.role}" (niet in roles.json)`));
    else if (role && !role.organisationKinds.includes(organisation.kind))
      problems.push(
        error(
          `${at}/role`,
          `rol "${role.id}" komt volgens roles.json niet voor bij een organisatie van soort "${organisation.kind}"`,
        ),
      );
    service.referredBy?.forEach((id, i) => {
      if (context.roles && !context.roles.has(id))
        problems.push(error(`${at}/referredBy/${i}`, `onbekende rol "${id}" (niet in roles.json)`));
    });
    if (service.ages.from > service.ages.to)
      problems.push(
        error(
          `${at}/ages`,
          `leeftijd "van" (${service.ages.from}) is hoger dan "tot" (${service.ages.to})`,
        ),
      );
    problems.push(...checkUnique(service.access, `${at}/access`, 'toegang'));
    if (service.areas)
      problems.push(
        ...checkAreas(
          service.areas,
          new Set(organisation.areas),
          `${at}/areas`,
          'het werkgebied van de organisatie',
        ),
      );
    service.contactPoints.forEach((point, i) =>
      problems.push(...checkContactPoint(point, `${at}/contactPoints/${i}`)),
    );
    problems.push(...stale(service.verified, context.today, `${at}/verified`));
    if (service.waitingTime)
      problems.push(
        ...stale(
          service.waitingTime.checked,
          context.today,
          `${at}/waitingTime/checked`,
          'wachttijd nagevraagd op',
        ),
      );
  });
  return problems;
}

function checkContactPoint(point: ContactPoint, at: string): Problem[] {
  const problems: Problem[] = [];
  if (!point.phone && !point.email && !point.url)
    problems.push(
      error(at, 'een contactpunt heeft een telefoonnummer, e-mailadres of website nodig'),
    );
  // The map only holds desks, lines and teams.
  if (point.email && looksPersonal(point.email))
    problems.push(error(`${at}/email`, PERSONAL_EMAIL_MESSAGE));
  return problems;
}

function checkAreas(
  areas: readonly string[],
  known: ReadonlySet<string>,
  at: string,
  where: string,
): Problem[] {
  return areas.flatMap((area, index) =>
    known.has(area)
      ? []
      : [error(`${at}/${index}`, `onbekende gemeente "${area}": niet in ${where}`)],
  );
}

/** Duplicates are reported at the later item: `${at}/${index}${suffix}`, e.g. /services/3/id. */
export function checkUnique(
  values: readonly string[],
  at: string,
  noun: string,
  suffix = '',
): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  values.forEach((value, index) => {
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, index);
    else
      problems.push(
        error(`${at}/${index}${suffix}`, `dubbele ${noun} "${value}" (ook bij ${at}/${earlier})`),
      );
  });
  return problems;
}

function stale(
  date: string,
  today: string,
  at: string,
  what = 'laatst gecontroleerd op',
): Problem[] {
  return isOlderThanMonths(date, today, 12)
    ? [warning(at, `${what} ${date}: langer dan 12 maanden geleden`)]
    : [];
}
