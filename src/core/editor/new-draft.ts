/** The route a new draft starts with, for each way of starting. */
import type { Route } from '../route/route-schema.ts';

/**
 * A template ("how it works at most schools") becomes the start of a school's own route:
 * the school's name, municipality and the maintaining role are left empty on purpose, so
 * the checks ask for them. A care route stays a care route.
 */
export function routeFromTemplate(template: Route, today: string): Route {
  const base = { ...template, verified: today, maintainer: '' };
  delete base.summary;
  delete base.$schema;
  if (template.kind === 'care') return base;
  return {
    ...base,
    kind: 'school',
    title: 'Ondersteuningsroute',
    school: { name: '', municipality: '' },
  };
}

/** An almost empty school route, for starting without a template. */
export function emptyRoute(today: string): Route {
  return {
    version: 1,
    kind: 'school',
    title: 'Ondersteuningsroute',
    sector: 'po',
    school: { name: '', municipality: '' },
    verified: today,
    maintainer: '',
    nodes: [{ id: 'mentor', kind: 'role', label: 'Mentor' }],
    edges: [],
  };
}

/** A draft id that cannot clash with a route slug's draft (`gepubliceerd-<slug>`). */
export function newDraftId(now: number, random: number): string {
  return `concept-${now.toString(36)}${Math.floor(random * 36 ** 4).toString(36)}`;
}

export const publishedDraftId = (slug: string) => `gepubliceerd-${slug}`;
