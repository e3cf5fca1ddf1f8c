/**
 * Whether a value from storage, a share link or a file can be opened in the editor.
 * A draft may break the format's rules (an empty label, an unknown term: the editor
 * shows those), but it must have the format's structure, or the forms and the chart
 * would meet values they cannot show. Full validation is validate-route.ts.
 */
import type { z } from 'zod';
import { toPointer } from '../problem.ts';
import { type Route, routeSchema } from '../route/route-schema.ts';

type Issue = z.core.$ZodIssue;

/** Issues about a value's content, not its type: the editor can show and fix these. */
const CONTENT_ISSUES = new Set<Issue['code']>(['too_small', 'too_big', 'invalid_format', 'custom']);

export type EditableRoute = { ok: true; route: Route } | { ok: false; reason: string };

export function readEditableRoute(value: unknown): EditableRoute {
  const parsed = routeSchema.safeParse(value);
  if (parsed.success) return { ok: true, route: withoutSchemaLine(parsed.data) };
  const structural = parsed.error.issues.find((issue) => !CONTENT_ISSUES.has(issue.code));
  if (structural) {
    // An unknown field is named itself, not only the object that holds it.
    const path =
      structural.code === 'unrecognized_keys'
        ? [...structural.path, structural.keys[0] ?? '']
        : structural.path;
    const where = path.length > 0 ? ` bij ${shortened(toPointer(path))}` : '';
    return { ok: false, reason: `geen route in het verwachte formaat${where}` };
  }
  return { ok: true, route: withoutSchemaLine(value as Route) };
}

/** A field name may be a megabyte long: a message shows its start. */
function shortened(pointer: string, max = 80): string {
  return pointer.length > max ? `${pointer.slice(0, max)}…` : pointer;
}

/** Drafts never keep a `$schema` line: the export always writes the standard one. */
function withoutSchemaLine(route: Route): Route {
  if (route.$schema === undefined) return route;
  const copy = { ...route };
  delete copy.$schema;
  return copy;
}
