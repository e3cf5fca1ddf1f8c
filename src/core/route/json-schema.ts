import { z } from '../zod.ts';
import { routeSchema } from './route-schema.ts';

export const ROUTE_SCHEMA_PATH = '/schema/route.v1.json';

/** The published JSON Schema, generated from the same zod source as the types. */
export function routeJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(routeSchema, { target: 'draft-2020-12' }), $id: ROUTE_SCHEMA_PATH };
}
