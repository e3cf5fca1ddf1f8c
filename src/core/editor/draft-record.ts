/**
 * A draft as stored in the browser: the route (which may still break rules) with where it
 * came from and when it last changed. The envelope is versioned so a later editor can read it.
 */
import { z } from '../zod.ts';
import { parseJson } from '../parse-json.ts';
import type { Route } from '../route/route-schema.ts';
import { readEditableRoute } from './editable-route.ts';

export const DRAFT_ORIGINS = ['template', 'published', 'import', 'share', 'new'] as const;
export type DraftOrigin = (typeof DRAFT_ORIGINS)[number];

export interface Draft {
  id: string;
  origin: DraftOrigin;
  /** The published route (or template) it started from. */
  slug?: string;
  /** ISO timestamp of the last change. */
  updatedAt: string;
  route: Route;
}

const envelopeSchema = z.object({
  app: z.literal('routekaart'),
  type: z.literal('concept'),
  version: z.literal(1),
  id: z.string().min(1),
  origin: z.enum(DRAFT_ORIGINS),
  slug: z.string().optional(),
  updatedAt: z.iso.datetime(),
  route: z.unknown(),
});

export function draftToText(draft: Draft): string {
  return JSON.stringify({ app: 'routekaart', type: 'concept', version: 1, ...draft });
}

export type ReadDraft = { ok: true; draft: Draft } | { ok: false; reason: string };

export function draftFromText(text: string): ReadDraft {
  // parseJson bounds size and nesting: storage can hold anything another script put there.
  const json = parseJson(text);
  if (!json.ok) return { ok: false, reason: 'geen leesbare JSON' };
  const envelope = envelopeSchema.safeParse(json.value);
  if (!envelope.success) return { ok: false, reason: 'geen concept van Routekaart' };
  const route = readEditableRoute(envelope.data.route);
  if (!route.ok) return { ok: false, reason: route.reason };
  const { id, origin, slug, updatedAt } = envelope.data;
  return {
    ok: true,
    draft: { id, origin, ...(slug ? { slug } : {}), updatedAt, route: route.route },
  };
}
