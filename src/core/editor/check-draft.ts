/**
 * The editor's live check: the build's checks, arranged for a draft in progress. The build
 * checks a file's shape first and its rules only once the shape is right; a draft is always
 * shaped like a route (editable-route.ts), so here the rules run at all times: a duplicate id
 * or a number like a BSN shows while other fields are still empty. An empty required field
 * is "nog invullen", a to-do rather than an error: a new draft starts with a few of them.
 * To-dos block publishing just like errors.
 */
import type { z } from 'zod';
import { type Problem, type Severity, toPointer } from '../problem.ts';
import { ROUTE_FIELD_NAMES } from '../route/field-names.ts';
import { type ContentRefs, checkRouteRules } from '../route/route-rules.ts';
import { type Route, routeSchema } from '../route/route-schema.ts';
import { issuesToProblems, valueAt } from '../schema-issues.ts';

export type DraftSeverity = Severity | 'todo';

export interface DraftProblem extends Omit<Problem, 'severity'> {
  severity: DraftSeverity;
}

export const TODO_MESSAGE = 'nog invullen';

export function checkDraft(route: Route, refs: ContentRefs, today: string): DraftProblem[] {
  const parsed = routeSchema.safeParse(route);
  const shape: DraftProblem[] = parsed.success
    ? []
    : parsed.error.issues.flatMap((issue): DraftProblem[] =>
        isEmptyRequiredText(issue, route)
          ? [{ path: toPointer(issue.path), message: TODO_MESSAGE, severity: 'todo' }]
          : issuesToProblems([issue], route, ROUTE_FIELD_NAMES),
      );
  return [...shape, ...checkRouteRules(route, refs, today)];
}

/** To-dos and errors: what must be solved before the route can be published. */
export const blocksPublishing = (problem: DraftProblem) => problem.severity !== 'warning';

function isEmptyRequiredText(issue: z.core.$ZodIssue, route: Route): boolean {
  return (
    issue.code === 'too_small' && issue.origin === 'string' && valueAt(route, issue.path) === ''
  );
}
