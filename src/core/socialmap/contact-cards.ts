/**
 * Contact cards ("visitekaartjes"): one A4 sheet of eight cards with a school's route partners,
 * for the school to hand to parents. The partners come from the route's `organisation` fields;
 * with more than eight, those parents need most come first, and a short route is topped up with
 * lines that are always worth having (hulplijnen, huisartsenpost).
 */
import type { Route, Sector } from '../route/route-schema.ts';
import { routePartners } from './route-organisation-links.ts';
import type { OrganisationKind } from './social-map-kinds.ts';
import { agesOverlap, roleById, serviceAreas } from './social-map-model.ts';
import type { Ages, ContactPoint, Organisation, Service, SocialMap } from './social-map-schema.ts';

export const CARDS_PER_SHEET = 8;

/** Lower comes first on the sheet. A Record, so a new organisation kind must be placed. */
const CARD_PRIORITY: Record<OrganisationKind, number> = {
  wijkteam: 1,
  jgz: 2,
  huisartsenpraktijk: 3,
  welzijn: 4,
  'ggz-aanbieder': 5,
  samenwerkingsverband: 6,
  leerplicht: 7,
  'veilig-thuis': 8,
  gemeente: 9,
  jeugdhulpaanbieder: 10,
  clientondersteuning: 11,
  hulplijn: 12,
  huisartsenpost: 13,
  ziekenhuis: 14,
  school: 15,
};

/** Kinds that may top up a sheet: open to anyone, at any hour or without a referral. */
const TOP_UP_KINDS: readonly OrganisationKind[] = ['hulplijn', 'huisartsenpost', 'veilig-thuis'];

/** The pupils' ages per sector, to pick the service of an organisation that fits the school. */
export const SECTOR_AGES: Record<Sector, Ages> = {
  po: { from: 4, to: 12 },
  sbo: { from: 4, to: 13 },
  so: { from: 4, to: 20 },
  vo: { from: 12, to: 18 },
  vso: { from: 12, to: 20 },
  mbo: { from: 16, to: 23 },
};

export interface ContactCard {
  organisationId: string;
  organisationName: string;
  fictional: boolean;
  roleLabel: string;
  purpose: string;
  /** At most two: the ordinary desk first, then a spoedlijn if there is one. */
  contactPoints: ContactPoint[];
  /** The route node this partner stands for; absent for a card that tops up the sheet. */
  nodeId?: string;
}

export interface ContactSheet {
  cards: ContactCard[];
  /** Route partners that did not fit on the sheet. */
  leftOut: Pick<Organisation, 'id' | 'name'>[];
}

export function contactSheetForRoute(route: Route, map: SocialMap): ContactSheet {
  const ages = SECTOR_AGES[route.sector ?? 'po'];
  const municipality = route.school?.municipality;
  const byId = new Map(map.organisations.map((organisation) => [organisation.id, organisation]));
  const seen = new Set<string>();
  const partners = routePartners(route).flatMap(({ nodeId, organisationId }) => {
    const organisation = byId.get(organisationId);
    if (!organisation || seen.has(organisationId)) return [];
    seen.add(organisationId);
    return [{ organisation, nodeId }];
  });
  const ranked = stableSortBy(partners, ({ organisation }) => CARD_PRIORITY[organisation.kind]);
  const topUps = map.organisations
    .filter(
      (organisation) => TOP_UP_KINDS.includes(organisation.kind) && !seen.has(organisation.id),
    )
    .filter((organisation) => fittingService(organisation, ages, municipality, false) !== undefined)
    .sort((a, b) => TOP_UP_KINDS.indexOf(a.kind) - TOP_UP_KINDS.indexOf(b.kind));
  const chosen = [
    ...ranked,
    ...topUps.map((organisation) => ({ organisation, nodeId: undefined })),
  ].slice(0, CARDS_PER_SHEET);
  return {
    cards: chosen.map(({ organisation, nodeId }) =>
      toCard(organisation, nodeId, map, ages, municipality),
    ),
    leftOut: ranked.slice(CARDS_PER_SHEET).map(({ organisation: { id, name } }) => ({ id, name })),
  };
}

function toCard(
  organisation: Organisation,
  nodeId: string | undefined,
  map: SocialMap,
  ages: Ages,
  municipality?: string,
): ContactCard {
  const service = fittingService(organisation, ages, municipality, true)!;
  const ordinary =
    service.contactPoints.find((point) => point.urgency === 'regulier') ?? service.contactPoints[0];
  const urgent = service.contactPoints.find(
    (point) => point.urgency === 'spoed' && point !== ordinary,
  );
  return {
    organisationId: organisation.id,
    organisationName: organisation.name,
    fictional: organisation.fictional,
    roleLabel: roleById(map, service.role)?.label ?? service.name,
    purpose: service.purpose,
    contactPoints: [ordinary, urgent].filter((point): point is ContactPoint => point !== undefined),
    ...(nodeId !== undefined && { nodeId }),
  };
}

/** The first service for the school's ages and municipality; with `fallback`, else the first one. */
function fittingService(
  organisation: Organisation,
  ages: Ages,
  municipality: string | undefined,
  fallback: boolean,
): Service | undefined {
  const fits = organisation.services.find(
    (service) =>
      agesOverlap(service.ages, ages) &&
      (municipality === undefined || serviceAreas(organisation, service).includes(municipality)),
  );
  return fits ?? (fallback ? organisation.services[0] : undefined);
}

function stableSortBy<T>(items: readonly T[], key: (item: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => key(a.item) - key(b.item) || a.index - b.index)
    .map(({ item }) => item);
}
