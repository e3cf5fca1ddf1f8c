import {
  contactSchema,
  edgeSchema,
  groupSchema,
  nodeSchema,
  routeSchema,
  schoolSchema,
} from './route-schema.ts';

/** Every field name in the format, to suggest the right one for a typo like "lable". */
export const ROUTE_FIELD_NAMES: readonly string[] = [
  ...new Set(
    [routeSchema, nodeSchema, edgeSchema, groupSchema, contactSchema, schoolSchema].flatMap(
      (schema) => Object.keys(schema.shape),
    ),
  ),
];
