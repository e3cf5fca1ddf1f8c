/**
 * Plan van aanpak format v1: every part of the form "Plan van aanpak interprofessionele
 * samenwerking onderwijs en jeugdhulp" (Met Andere Ogen) as data. Published as a JSON Schema
 * so other tools can read an exported plan. A plan in progress is a valid plan: texts may be
 * empty, lists may be empty. Goals and subgoals carry ids so that edits can name them.
 */
import { z } from 'zod';
import { date, identifier, text } from '../schema-fields.ts';
import { AREA_IDS, ELEMENT_IDS, FORM_IDS, LEVEL_IDS } from './samenwerken-ids.ts';

export const PLAN_SCHEMA_PATH = '/schema/plan-van-aanpak.v1.json';
export const PLAN_TYPE = 'plan-van-aanpak';

export const personSchema = z.strictObject({
  role: text(120).meta({ description: 'Functie, bijv. "intern begeleider"' }),
  name: text(120).optional().meta({ description: 'Niet verplicht; een functie is genoeg' }),
});

/** The columns of the form's table: what is done, by whom, and how it is evaluated. */
const rowFields = {
  activities: text(2000).optional().meta({ description: 'Activiteiten' }),
  who: text(1000).optional().meta({ description: 'Wie doet wat?' }),
  evaluation: text(2000).optional().meta({ description: 'Wat evalueren we en hoe?' }),
};

export const subgoalSchema = z.strictObject({
  id: identifier,
  text: text(500).meta({ description: 'Het subdoel' }),
  ...rowFields,
});

export const goalSchema = z.strictObject({
  id: identifier,
  text: text(500).meta({ description: 'Het doel' }),
  ...rowFields,
  element: z
    .enum(ELEMENT_IDS)
    .optional()
    .meta({ description: 'Het werkzame element uit de zelfscan waar dit doel uit voortkomt' }),
  subgoals: z.array(subgoalSchema).max(10),
});

const accent = <T extends readonly [string, ...string[]]>(ids: T, question: string) =>
  z.strictObject({
    chosen: z.array(z.enum(ids)).max(ids.length).meta({ description: 'Wat we kiezen' }),
    note: text(2000).optional().meta({ description: question }),
  });

export const accentsSchema = z.strictObject({
  areas: accent(AREA_IDS, 'Welk aandachtsgebied willen we versterken, en waarom?'),
  forms: accent(FORM_IDS, 'Welke vorm van samenwerken willen we versterken?'),
  levels: accent(LEVEL_IDS, 'Op welk niveau willen we de samenwerking versterken?'),
});

export const scopeSchema = z.strictObject({
  afbakening: text(2000)
    .optional()
    .meta({ description: 'Aan welke onderwerpen besteden we geen aandacht?' }),
  haalbaarheid: text(2000)
    .optional()
    .meta({ description: 'Welke risico’s zijn er, en hoe gaan we daarmee om?' }),
  randvoorwaarden: text(2000)
    .optional()
    .meta({ description: 'Wat hebben we nodig om de doelen te halen, en hoe regelen we dat?' }),
});

export const planSchema = z
  .strictObject({
    $schema: z.string().optional(),
    type: z.literal(PLAN_TYPE),
    version: z.literal(1),
    practice: text(200).meta({ description: 'Naam van de lerende praktijk of het team' }),
    municipality: text(120).optional().meta({ description: 'Gemeente' }),
    date: date.optional(),
    contact: text(200).optional().meta({ description: 'Contactpersoon van het netwerk (functie)' }),
    filledBy: z.array(personSchema).max(20).meta({ description: 'Ingevuld door' }),
    accents: accentsSchema,
    goals: z.array(goalSchema).max(20),
    scope: scopeSchema,
    routes: z
      .array(identifier)
      .max(20)
      .meta({ description: 'De routes (bestandsnamen) waar dit plan over gaat' }),
  })
  .superRefine((plan, context) => {
    const seen = new Set<string>();
    plan.goals.forEach((goal, index) => {
      if (seen.has(goal.id))
        context.addIssue({
          code: 'custom',
          path: ['goals', index, 'id'],
          message: `dubbele id "${goal.id}"`,
        });
      seen.add(goal.id);
      const sub = new Set<string>();
      goal.subgoals.forEach((subgoal, subIndex) => {
        if (sub.has(subgoal.id))
          context.addIssue({
            code: 'custom',
            path: ['goals', index, 'subgoals', subIndex, 'id'],
            message: `dubbele id "${subgoal.id}"`,
          });
        sub.add(subgoal.id);
      });
    });
  });

export type Person = z.infer<typeof personSchema>;
export type Subgoal = z.infer<typeof subgoalSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Accents = z.infer<typeof accentsSchema>;
export type AccentGroup = keyof Accents;
export type Scope = z.infer<typeof scopeSchema>;
export type Plan = z.infer<typeof planSchema>;

export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(planSchema, { target: 'draft-2020-12' }),
    $id: PLAN_SCHEMA_PATH,
    title: 'Plan van aanpak interprofessionele samenwerking onderwijs en jeugdhulp (Routekaart)',
  };
}

export function newPlan(today: string): Plan {
  return {
    type: PLAN_TYPE,
    version: 1,
    practice: '',
    date: today,
    filledBy: [],
    accents: { areas: { chosen: [] }, forms: { chosen: [] }, levels: { chosen: [] } },
    goals: [],
    scope: {},
    routes: [],
  };
}
