/**
 * The node and edge kinds in legend order. route-schema.ts has the same lists, but
 * importing a value from it would pull zod (~35 KB gzip) into every route page; types
 * cost nothing. The checks below make a kind added there a type error here.
 */
import type { EdgeKind, NodeKind } from '../../core/route/route-schema.ts';

export const CHART_NODE_KINDS = [
  'role',
  'team',
  'step',
  'decision',
  'document',
  'service',
  'consent',
  'protocol',
] as const satisfies readonly NodeKind[];

export const CHART_EDGE_KINDS = [
  'refers',
  'consults',
  'informs',
  'escalates',
  'member',
  'reports',
] as const satisfies readonly EdgeKind[];

type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
const everyNodeKindListed: Missing<NodeKind, (typeof CHART_NODE_KINDS)[number]> = true;
const everyEdgeKindListed: Missing<EdgeKind, (typeof CHART_EDGE_KINDS)[number]> = true;
void everyNodeKindListed;
void everyEdgeKindListed;
