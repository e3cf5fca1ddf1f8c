/**
 * "Controleer een ingestuurd bestand": the build's own checks on a file a school sent in,
 * which published route it replaces (the same school), and the exact file name to publish
 * it under. Pure; the beheer page fetches the published version to compare with.
 */
import { routeFileName } from '../editor/route-file.ts';
import { parseJson } from '../parse-json.ts';
import type { Problem } from '../problem.ts';
import { normaliseLabel } from '../reading/normalise-label.ts';
import type { ContentRefs } from '../route/route-rules.ts';
import { type Route, routeSchema } from '../route/route-schema.ts';
import { checkSlug, validateRoute } from '../route/validate-route.ts';

/** A published route, as far as recognising the same school goes. */
export interface PublishedRef {
  slug: string;
  url: string;
  name: string;
  school?: { name: string; municipality: string; brin?: string };
}

export interface SubmissionCheck {
  problems: Problem[];
  /** The parsed file (any JSON), to name the places of problems. */
  file: unknown;
  /** The route when its shape is right (rules may still fail): enough to compare. */
  route: Route | null;
  /** The published route of the same school, if any. */
  replaces: PublishedRef | null;
  /** The name to publish it under in content/routes/; null when the file is not a route. */
  fileName: string | null;
}

function sameSchool(route: Route, published: PublishedRef): boolean {
  const a = route.school;
  const b = published.school;
  if (!a || !b) return false;
  if (a.brin && b.brin) return a.brin === b.brin;
  return (
    normaliseLabel(a.name) === normaliseLabel(b.name) &&
    normaliseLabel(a.municipality) === normaliseLabel(b.municipality)
  );
}

/** The same school (BRIN, else name and municipality), else the name the editor would give. */
export function findPublished(
  route: Route,
  published: readonly PublishedRef[],
): PublishedRef | null {
  const ownSlug = routeFileName(route).replace(/\.json$/, '');
  return (
    published.find((entry) => sameSchool(route, entry)) ??
    published.find((entry) => entry.slug === ownSlug) ??
    null
  );
}

export function checkSubmission(
  text: string,
  refs: ContentRefs,
  today: string,
  published: readonly PublishedRef[],
): SubmissionCheck {
  const json = parseJson(text);
  if (!json.ok)
    return {
      problems: [json.problem],
      file: undefined,
      route: null,
      replaces: null,
      fileName: null,
    };
  const { problems } = validateRoute(json.value, refs, today);
  const shaped = routeSchema.safeParse(json.value);
  const route = shaped.success ? shaped.data : null;
  const replaces = route ? findPublished(route, published) : null;
  const fileName = route ? (replaces ? `${replaces.slug}.json` : routeFileName(route)) : null;
  const slugProblems = fileName ? checkSlug(fileName.replace(/\.json$/, '')) : [];
  return { problems: [...problems, ...slugProblems], file: json.value, route, replaces, fileName };
}
