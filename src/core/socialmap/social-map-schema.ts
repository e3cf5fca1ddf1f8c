/**
 * Social map format: the shape of the files in `content/socialmap/` (see docs/socialmap-format.md).
 * A compact take on Open Referral HSDS: organisation → service → contact point, plus the roles
 * people meet and the questions they come with. Types are inferred from these schemas; rules
 * that need several files (references, areas, freshness) live in social-map-rules.ts.
 */
import { z } from '../zod.ts';
import { date, fieldNamesOf, httpUrl, identifier, phone, text } from '../schema-fields.ts';
import { ACCESS_KINDS, DOMAINS, ORGANISATION_KINDS, URGENCIES } from './social-map-kinds.ts';

const municipality = text(120, 1);

/** A function address (a desk, a line, a team): the format has no field for a person. */
export const contactPointSchema = z.strictObject({
  label: text(80, 1).optional().meta({ description: 'Bijv. "Spoedlijn" of "Aanmelden"' }),
  how: text(300).optional().meta({ description: 'Hoe je contact legt' }),
  phone: phone.optional(),
  email: z.email({ error: 'geen geldig e-mailadres' }).max(254).optional(),
  url: httpUrl.optional(),
  hours: text(120).optional().meta({ description: 'Bereikbaarheid, bijv. "ma–vr 8.30–17.00"' }),
  urgency: z.enum(URGENCIES),
});

export const agesSchema = z.strictObject({
  from: z.int().min(0).max(99),
  to: z.int().min(0).max(99),
});

export const waitingTimeSchema = z.strictObject({
  weeks: z.int().min(0).max(104).meta({ description: 'Indicatief, 0 = geen wachttijd' }),
  checked: date.meta({ description: 'Wanneer de wachttijd is nagevraagd' }),
});

export const serviceSchema = z.strictObject({
  id: identifier,
  name: text(120, 1),
  role: identifier.meta({ description: 'Id uit roles.json: wie je hier spreekt' }),
  purpose: text(160, 1).meta({ description: 'Waarvoor, in één regel (visitekaartje)' }),
  description: text(800).optional(),
  ages: agesSchema,
  access: z.array(z.enum(ACCESS_KINDS)).min(1).max(ACCESS_KINDS.length),
  referredBy: z.array(identifier).max(10).optional().meta({ description: 'Rollen die verwijzen' }),
  consent: text(300).optional().meta({ description: 'Wiens toestemming nodig is' }),
  areas: z
    .array(municipality)
    .min(1)
    .max(20)
    .optional()
    .meta({ description: 'Standaard: die van de organisatie' }),
  contactPoints: z.array(contactPointSchema).min(1).max(6),
  waitingTime: waitingTimeSchema.optional(),
  verified: date,
});

/** One file `content/socialmap/organisations/<id>.json`; the file name is the id and URL. */
export const organisationSchema = z.strictObject({
  name: text(120, 1),
  kind: z.enum(ORGANISATION_KINDS),
  domain: z.enum(DOMAINS),
  fictional: z
    .boolean()
    .meta({ description: 'Verzonnen voorbeeld (true) of echte landelijke organisatie' }),
  description: text(600, 1),
  areas: z.array(municipality).min(1).max(20).meta({ description: 'Gemeenten waar zij werkt' }),
  website: httpUrl.optional(),
  verified: date,
  services: z.array(serviceSchema).min(1).max(20),
});

export const roleSchema = z.strictObject({
  id: identifier,
  label: text(80, 1),
  domain: z.enum(DOMAINS),
  organisationKinds: z.array(z.enum(ORGANISATION_KINDS)).min(1),
  term: identifier.optional().meta({ description: 'Id uit de begrippenlijst' }),
  description: text(400, 1),
  goHereFor: z
    .array(text(160, 1))
    .min(1)
    .max(8)
    .meta({ description: 'Waarvoor je bij deze rol komt' }),
});

export const rolesFileSchema = z.strictObject({ roles: z.array(roleSchema).min(1).max(100) });

/** Where to go: a role (at any organisation that has it), an organisation, or one of its services. */
export const questionStepSchema = z.strictObject({
  roles: z.array(identifier).min(1).max(3).optional(),
  organisation: identifier.optional(),
  service: identifier.optional().meta({ description: 'Id van een dienst van die organisatie' }),
  why: text(400, 1),
});

/**
 * The answer told to a parent (B1, checked by `npm run check:taal`): its own steps, because
 * where a parent should start (often the mentor or the school) is not always where a
 * professional starts. Optional, so question files from before it stay valid.
 */
export const parentAnswerSchema = z.strictObject({
  intro: text(300, 1).optional().meta({ description: 'Eén of twee zinnen vooraf, taalniveau B1' }),
  firstStep: questionStepSchema.meta({ description: 'Waar een ouder begint; "why" op B1' }),
  nextSteps: z.array(questionStepSchema).max(6),
});

/** One file `content/socialmap/questions/<id>.json`; both wordings complete "Ik heb een vraag over …". */
export const questionSchema = z.strictObject({
  $schema: z.string().optional().meta({ description: 'Pad van het JSON Schema, voor editors' }),
  professional: text(160, 1),
  parent: text(160, 1),
  firstStep: questionStepSchema,
  nextSteps: z.array(questionStepSchema).max(6),
  parentAnswer: parentAnswerSchema
    .optional()
    .meta({ description: 'Het antwoord in woorden voor ouders (taalniveau B1)' }),
  terms: z.array(identifier).max(10).optional(),
});

/**
 * `content/socialmap/wijken.json` (optional): which wijkteam is yours. A wijkteam helps the
 * families who live in its district, so a parent looks up their district, neighbourhood or
 * village; a school lists the district it stands in (its wijkteam works with that school).
 */
export const districtSchema = z.strictObject({
  id: identifier,
  name: text(80, 1).meta({ description: 'Naam van de wijk of het dorp' }),
  municipality,
  neighbourhoods: z.array(text(80, 1)).max(40).meta({ description: 'Buurten in deze wijk' }),
  wijkteam: identifier.meta({ description: 'Id van de organisatie (soort wijkteam)' }),
  schools: z
    .array(identifier)
    .max(40)
    .optional()
    .meta({ description: 'Ids van scholen in deze wijk' }),
});

export const districtsFileSchema = z.strictObject({
  $schema: z.string().optional().meta({ description: 'Pad van het JSON Schema, voor editors' }),
  fictional: z.boolean(),
  note: text(400, 1),
  districts: z.array(districtSchema).min(1).max(100),
});

export const regionSchema = z.strictObject({
  name: text(80, 1),
  fictional: z.boolean(),
  note: text(400, 1),
  municipalities: z.array(municipality).min(1).max(50),
});

export type ContactPoint = z.infer<typeof contactPointSchema>;
export type Ages = z.infer<typeof agesSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type OrganisationFile = z.infer<typeof organisationSchema>;
export type Role = z.infer<typeof roleSchema>;
export type QuestionStep = z.infer<typeof questionStepSchema>;
export type ParentAnswer = z.infer<typeof parentAnswerSchema>;
export type QuestionFile = z.infer<typeof questionSchema>;
export type District = z.infer<typeof districtSchema>;
export type DistrictsFile = z.infer<typeof districtsFileSchema>;
export type Region = z.infer<typeof regionSchema>;

/** An organisation with the id its file name gives it. */
export type Organisation = OrganisationFile & { id: string };
export type Question = QuestionFile & { id: string };

export interface SocialMap {
  region: Region;
  roles: Role[];
  /** Sorted by id. */
  organisations: Organisation[];
  /** Sorted by id. */
  questions: Question[];
  /** From the optional wijken.json; null when the map has none. */
  districts: DistrictsFile | null;
}

export const SOCIAL_MAP_FIELD_NAMES = fieldNamesOf(
  contactPointSchema,
  agesSchema,
  waitingTimeSchema,
  serviceSchema,
  organisationSchema,
  roleSchema,
  questionStepSchema,
  parentAnswerSchema,
  questionSchema,
  regionSchema,
  districtSchema,
  districtsFileSchema,
);
