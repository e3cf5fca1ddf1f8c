/**
 * The closed lists of the route format, in a module without zod: route pages draw legends
 * and badges from them, and importing a value from route-schema.ts would pull zod
 * (~35 KB gzip) into every route page. route-schema.ts builds its enums from these.
 */
export const ROUTE_KINDS = ['school', 'template', 'care'] as const;
export const SECTORS = ['po', 'sbo', 'so', 'vo', 'vso', 'mbo'] as const;
/** In legend order. */
export const NODE_KINDS = [
  'role',
  'team',
  'step',
  'decision',
  'document',
  'service',
  'consent',
  'protocol',
] as const;
/** In legend order. */
export const EDGE_KINDS = [
  'refers',
  'consults',
  'informs',
  'escalates',
  'member',
  'reports',
] as const;

export type RouteKind = (typeof ROUTE_KINDS)[number];
export type Sector = (typeof SECTORS)[number];
export type NodeKind = (typeof NODE_KINDS)[number];
export type EdgeKind = (typeof EDGE_KINDS)[number];
