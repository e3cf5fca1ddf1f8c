/** The social-map files published as JSON Schema, for autocompletion and checks in editors. */
import { z } from '../zod.ts';
import { districtsFileSchema, questionSchema } from './social-map-schema.ts';

export const QUESTION_SCHEMA_PATH = '/schema/socialmap-question.v1.json';
export const DISTRICTS_SCHEMA_PATH = '/schema/socialmap-wijken.v1.json';

const published = (schema: z.ZodType, path: string) => () => ({
  ...z.toJSONSchema(schema, { target: 'draft-2020-12' }),
  $id: path,
});

export const SOCIAL_MAP_JSON_SCHEMAS: readonly { path: string; schema: () => object }[] = [
  { path: QUESTION_SCHEMA_PATH, schema: published(questionSchema, QUESTION_SCHEMA_PATH) },
  { path: DISTRICTS_SCHEMA_PATH, schema: published(districtsFileSchema, DISTRICTS_SCHEMA_PATH) },
];
