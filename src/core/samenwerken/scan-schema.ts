/**
 * Self-scan format v1 ("Hoe werken wij samen?"): one person's or one team's answers for one
 * partnership, per werkzame element a score and a note. Published as a JSON Schema so other
 * tools can read an exported scan. Elements are named by their fixed ids (samenwerken-ids.ts).
 * A scan in progress is a valid scan: every answer is optional.
 */
import { z } from 'zod';
import { date, text } from '../schema-fields.ts';
import { ELEMENT_IDS, type ElementId, SCORES } from './samenwerken-ids.ts';

export const SCAN_SCHEMA_PATH = '/schema/zelfscan.v1.json';
export const SCAN_TYPE = 'zelfscan';

export const answerSchema = z.strictObject({
  score: z.enum(SCORES).optional().meta({ description: 'Leeg: nog niet beantwoord' }),
  note: text(2000).optional().meta({ description: 'Toelichting: voorbeelden, twijfels, ideeën' }),
});

const answersShape = Object.fromEntries(ELEMENT_IDS.map((id) => [id, answerSchema.optional()])) as {
  [K in ElementId]: z.ZodOptional<typeof answerSchema>;
};

export const scanSchema = z.strictObject({
  $schema: z.string().optional(),
  type: z.literal(SCAN_TYPE),
  version: z.literal(1),
  partnership: text(200).meta({
    description: 'Welke samenwerking, bijv. "Basisschool De Linde met wijkteam Noord"',
  }),
  respondent: text(120).optional().meta({
    description: 'Wie invulde, als functie (bijv. "intern begeleider"); een naam is niet nodig',
  }),
  date: date.optional(),
  answers: z.strictObject(answersShape),
});

export type Answer = z.infer<typeof answerSchema>;
export type Scan = z.infer<typeof scanSchema>;
export type Answers = Scan['answers'];

export function scanJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scanSchema, { target: 'draft-2020-12' }),
    $id: SCAN_SCHEMA_PATH,
    title: 'Zelfscan samenwerking onderwijs en jeugdhulp (Routekaart)',
  };
}

export function newScan(today: string): Scan {
  return { type: SCAN_TYPE, version: 1, partnership: '', date: today, answers: {} };
}
