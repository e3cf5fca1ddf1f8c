import { fieldNamesOf } from '../schema-fields.ts';
import {
  contactSchema,
  edgeSchema,
  groupSchema,
  nodeSchema,
  routeSchema,
  schoolSchema,
} from './route-schema.ts';

/** Every field name in the format, to suggest the right one for a typo like "lable". */
export const ROUTE_FIELD_NAMES = fieldNamesOf(
  routeSchema,
  nodeSchema,
  edgeSchema,
  groupSchema,
  contactSchema,
  schoolSchema,
);
