/**
 * The files in content/samenwerken/: the twelve werkzame elementen with their questions,
 * the forms of cooperation (bijlage 2) and the parts of the plan van aanpak (bijlage 1 and
 * the levels). Texts are written by the editors of this site; the sources are credited in
 * every file. Rules across files (complete lists, links to routes, glossary terms) are in
 * samenwerken-rules.ts.
 */
import { z } from 'zod';
import { fieldNamesOf, httpUrl, identifier, text } from '../schema-fields.ts';
import { AREA_IDS, ELEMENT_IDS, FORM_IDS, LEVEL_IDS, PRACTICE_SECTORS } from './samenwerken-ids.ts';

export const sourceSchema = z.strictObject({
  title: text(200, 1),
  publisher: text(200, 1),
  url: httpUrl.optional(),
  note: text(400).optional().meta({ description: 'Wat we uit deze bron gebruiken' }),
});

/** A link to a route, or to one step in it: checked against the routes at build time. */
export const routeLinkSchema = z.strictObject({
  route: identifier.meta({ description: 'Bestandsnaam van de route, zonder .json' }),
  node: identifier.optional().meta({ description: 'Id van de stap die de vorm laat zien' }),
  label: text(120, 1),
});

const questions = z.array(text(300, 1)).min(1).max(6);

export const elementSchema = z.strictObject({
  id: z.enum(ELEMENT_IDS),
  title: text(80, 1),
  summary: text(300, 1),
  questions,
});

export const elementsFileSchema = z.strictObject({
  intro: text(1000, 1),
  sources: z.array(sourceSchema).min(1).max(6),
  elements: z.array(elementSchema).min(1).max(ELEMENT_IDS.length),
});

export const practiceSchema = z.strictObject({
  id: identifier,
  title: text(120, 1),
  /** Absent: the practice is found in every school type. */
  sector: z.enum(PRACTICE_SECTORS).optional(),
  text: text(800, 1),
  forRoute: text(600, 1).meta({ description: 'Wat je ervan terugziet in een route' }),
  links: z.array(routeLinkSchema).max(6).optional(),
  terms: z.array(identifier).max(6).optional().meta({ description: 'Ids uit de begrippenlijst' }),
});

export const formSchema = z.strictObject({
  id: z.enum(FORM_IDS),
  title: text(120, 1),
  summary: text(800, 1),
  forRoute: text(800, 1),
  practices: z.array(practiceSchema).min(1).max(20),
});

export const formsFileSchema = z.strictObject({
  intro: text(1000, 1),
  sources: z.array(sourceSchema).min(1).max(6),
  forms: z.array(formSchema).min(1).max(FORM_IDS.length),
});

export const areaSchema = z.strictObject({
  id: z.enum(AREA_IDS),
  title: text(80, 1),
  questions,
});

export const levelSchema = z.strictObject({
  id: z.enum(LEVEL_IDS),
  title: text(80, 1),
  summary: text(400, 1),
});

export const planPartsFileSchema = z.strictObject({
  intro: text(1000, 1),
  sources: z.array(sourceSchema).min(1).max(6),
  areas: z.array(areaSchema).min(1).max(AREA_IDS.length),
  levels: z.array(levelSchema).min(1).max(LEVEL_IDS.length),
});

export type Source = z.infer<typeof sourceSchema>;
export type RouteLink = z.infer<typeof routeLinkSchema>;
export type Element = z.infer<typeof elementSchema>;
export type ElementsFile = z.infer<typeof elementsFileSchema>;
export type Practice = z.infer<typeof practiceSchema>;
export type CooperationForm = z.infer<typeof formSchema>;
export type FormsFile = z.infer<typeof formsFileSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Level = z.infer<typeof levelSchema>;
export type PlanPartsFile = z.infer<typeof planPartsFileSchema>;

/** Everything the pages of /samenwerken read, validated. */
export interface SamenwerkenContent {
  elements: ElementsFile;
  forms: FormsFile;
  plan: PlanPartsFile;
}

export const SAMENWERKEN_FIELD_NAMES = fieldNamesOf(
  sourceSchema,
  routeLinkSchema,
  elementSchema,
  elementsFileSchema,
  practiceSchema,
  formSchema,
  formsFileSchema,
  areaSchema,
  levelSchema,
  planPartsFileSchema,
);
