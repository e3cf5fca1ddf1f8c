/**
 * Validates one route file's content: shape first (schema), then the rules
 * that need the whole file. Used by the build, the CLI and (later) the editor.
 */
import { parseJson } from '../parse-json.ts';
import { type Problem, error, hasErrors } from '../problem.ts';
import { type ContentRefs, checkRouteRules } from './route-rules.ts';
import { ID_PATTERN } from '../schema-fields.ts';
import { type Route, routeSchema } from './route-schema.ts';
import { ROUTE_FIELD_NAMES } from './field-names.ts';
import { issuesToProblems } from '../schema-issues.ts';

export interface RouteValidation {
  route: Route | null;
  problems: Problem[];
}

export function validateRoute(value: unknown, refs: ContentRefs, today: string): RouteValidation {
  const parsed = routeSchema.safeParse(value);
  if (!parsed.success)
    return {
      route: null,
      problems: issuesToProblems(parsed.error.issues, value, ROUTE_FIELD_NAMES),
    };
  const problems = checkRouteRules(parsed.data, refs, today);
  return { route: hasErrors(problems) ? null : parsed.data, problems };
}

export function validateRouteText(text: string, refs: ContentRefs, today: string): RouteValidation {
  const json = parseJson(text);
  if (!json.ok) return { route: null, problems: [json.problem] };
  return validateRoute(json.value, refs, today);
}

/** The file name is the route's URL, so it must be a valid identifier too. */
export function checkSlug(slug: string): Problem[] {
  return ID_PATTERN.test(slug)
    ? []
    : [
        error(
          '',
          `bestandsnaam "${slug}.json" is geen geldige slug: alleen kleine letters, cijfers en "-"`,
        ),
      ];
}
