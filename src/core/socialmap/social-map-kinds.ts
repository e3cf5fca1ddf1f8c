/**
 * The fixed vocabularies of the social map (after Open Referral HSDS) and their Dutch
 * names. Kept free of zod so pages can show the names without shipping the schema;
 * social-map-schema.ts builds its enums from these same lists.
 */

/** The four worlds around a child; the network view clusters by these. */
export const DOMAINS = ['onderwijs', 'zorg', 'jeugdhulp', 'gemeente'] as const;

export const ORGANISATION_KINDS = [
  'school',
  'samenwerkingsverband',
  'wijkteam',
  'jgz',
  'huisartsenpraktijk',
  'huisartsenpost',
  'ggz-aanbieder',
  'jeugdhulpaanbieder',
  'ziekenhuis',
  'veilig-thuis',
  'leerplicht',
  'welzijn',
  'gemeente',
  'clientondersteuning',
  'hulplijn',
] as const;

/**
 * How you get to a service. A referral under the Jeugdwet comes from a huisarts, a jeugdarts
 * or a medisch specialist; the gemeente decides by a beschikking; special education needs a TLV.
 */
export const ACCESS_KINDS = [
  'vrij-toegankelijk',
  'verwijzing-huisarts',
  'verwijzing-jeugdarts',
  'verwijzing-medisch-specialist',
  'beschikking-gemeente',
  'tlv',
] as const;

/** What a contact point is for: the crisis line or the ordinary desk. */
export const URGENCIES = ['spoed', 'regulier'] as const;

export type Domain = (typeof DOMAINS)[number];
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type AccessKind = (typeof ACCESS_KINDS)[number];
export type Urgency = (typeof URGENCIES)[number];

export const DOMAIN_LABELS: Record<Domain, string> = {
  onderwijs: 'Onderwijs',
  zorg: 'Zorg',
  jeugdhulp: 'Jeugdhulp en veiligheid',
  gemeente: 'Gemeente en welzijn',
};

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  school: 'School',
  samenwerkingsverband: 'Samenwerkingsverband',
  wijkteam: 'Wijkteam',
  jgz: 'Jeugdgezondheidszorg (JGZ)',
  huisartsenpraktijk: 'Huisartsenzorg',
  huisartsenpost: 'Huisartsenpost',
  'ggz-aanbieder': 'GGZ-aanbieder',
  jeugdhulpaanbieder: 'Jeugdhulpaanbieder',
  ziekenhuis: 'Ziekenhuis',
  'veilig-thuis': 'Veilig Thuis',
  leerplicht: 'Leerplicht en RMC',
  welzijn: 'Welzijn',
  gemeente: 'Gemeente',
  clientondersteuning: 'Cliëntondersteuning',
  hulplijn: 'Landelijke hulplijn',
};

export const ACCESS_LABELS: Record<AccessKind, string> = {
  'vrij-toegankelijk': 'Vrij toegankelijk: zonder verwijzing',
  'verwijzing-huisarts': 'Met een verwijzing van de huisarts',
  'verwijzing-jeugdarts': 'Met een verwijzing van de jeugdarts',
  'verwijzing-medisch-specialist': 'Met een verwijzing van een medisch specialist',
  'beschikking-gemeente': 'Met een beschikking van de gemeente',
  tlv: 'Met een toelaatbaarheidsverklaring (TLV)',
};

export const URGENCY_LABELS: Record<Urgency, string> = {
  spoed: 'Bij spoed',
  regulier: 'Voor gewone vragen',
};
