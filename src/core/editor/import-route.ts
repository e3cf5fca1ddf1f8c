/**
 * Reading a route file the user uploads or pastes. Nothing is taken over unless the whole
 * file passes the build's validation: an import never half-replaces a draft.
 */
import { parseJson } from '../parse-json.ts';
import { type Problem, error, hasErrors } from '../problem.ts';
import type { ContentRefs } from '../route/route-rules.ts';
import type { Route } from '../route/route-schema.ts';
import { validateRoute } from '../route/validate-route.ts';
import { decodeTextFile } from '../text-encoding.ts';
import { readEditableRoute } from './editable-route.ts';

export const SUPPORTED_VERSION = 1;

export type ImportResult =
  | { ok: true; route: Route; warnings: Problem[] }
  /** `file` is the parsed JSON, when it was JSON: it names the places of the problems. */
  | { ok: false; problems: Problem[]; file?: unknown; newerVersion?: number };

export function importRouteText(text: string, refs: ContentRefs, today: string): ImportResult {
  if (text.trim() === '') return { ok: false, problems: [error('', 'het bestand is leeg')] };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const version = versionOf(json.value);
  if (version !== undefined && version > SUPPORTED_VERSION) {
    const message =
      `dit bestand gebruikt versie ${version} van het routeformaat; deze editor kent versie ` +
      `${SUPPORTED_VERSION}. Open het in een nieuwere versie van Routekaart.`;
    return {
      ok: false,
      problems: [error('/version', message)],
      file: json.value,
      newerVersion: version,
    };
  }
  const { problems } = validateRoute(json.value, refs, today);
  if (hasErrors(problems)) return { ok: false, problems, file: json.value };
  const editable = readEditableRoute(json.value);
  if (!editable.ok) return { ok: false, problems: [error('', editable.reason)], file: json.value };
  return { ok: true, route: editable.route, warnings: problems };
}

/** A chosen file: its bytes are checked for their encoding first (text-encoding.ts). */
export function importRouteBytes(
  bytes: Uint8Array,
  refs: ContentRefs,
  today: string,
): ImportResult {
  const decoded = decodeTextFile(bytes);
  return decoded.ok
    ? importRouteText(decoded.text, refs, today)
    : { ok: false, problems: [decoded.problem] };
}

function versionOf(value: unknown): number | undefined {
  if (value === null || typeof value !== 'object' || !('version' in value)) return undefined;
  const { version } = value as { version: unknown };
  return typeof version === 'number' ? version : undefined;
}
