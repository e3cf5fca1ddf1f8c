/** The samenwerken formats published as JSON Schema, so other tools can read exported work. */
import { PLAN_SCHEMA_PATH, planJsonSchema } from './plan-schema.ts';
import { SCAN_SCHEMA_PATH, scanJsonSchema } from './scan-schema.ts';

export const SAMENWERKEN_JSON_SCHEMAS: readonly { path: string; schema: () => object }[] = [
  { path: SCAN_SCHEMA_PATH, schema: scanJsonSchema },
  { path: PLAN_SCHEMA_PATH, schema: planJsonSchema },
];
