/**
 * The last layout of each recently edited draft, as kept in the browser, so reopening a
 * draft shows its chart at once instead of after ELK's start-up (about a second).
 * It is a cache: anything unreadable, from another layout version or for another route
 * shape is ignored, never reported, and a draft's own data never depends on it.
 */
import { z } from '../core/zod.ts';
import type { RouteLayout } from './layout-types.ts';

export interface SavedLayout {
  draftId: string;
  /** layoutInputKey of the route the layout was made for. */
  key: string;
  layout: RouteLayout;
}

const point = z.object({ x: z.number(), y: z.number() });
const box = point.extend({ width: z.number(), height: z.number() });
const lines = z.array(z.string());
/** A RouteLayout read back from storage: anything else is ignored by the caches that use it. */
export const layoutSchema = z.object({
  width: z.number(),
  height: z.number(),
  nodes: z.array(box.extend({ id: z.string(), lines })),
  groups: z.array(box.extend({ id: z.string(), lines })),
  edges: z.array(
    z.object({
      id: z.string(),
      from: z.string(),
      to: z.string(),
      points: z.array(point),
      // Keep every field of LaidOutEdge: a dropped `onDemand` would draw advice and
      // feedback as if they were the main flow.
      label: box.extend({ lines, onDemand: z.literal(true).optional() }).optional(),
      onDemand: z.literal(true).optional(),
    }),
  ),
}) satisfies z.ZodType<RouteLayout>;

const savedSchema = z.object({
  version: z.string(),
  layouts: z.array(z.object({ draftId: z.string(), key: z.string(), layout: layoutSchema })),
});

/** The saved layouts, or none when the text is missing, unreadable or of another version. */
export function savedLayoutsFromText(text: string | null, version: string): SavedLayout[] {
  if (text === null) return [];
  try {
    const saved = savedSchema.safeParse(JSON.parse(text));
    return saved.success && saved.data.version === version ? saved.data.layouts : [];
  } catch {
    return [];
  }
}

export function savedLayoutsToText(layouts: readonly SavedLayout[], version: string): string {
  return JSON.stringify({ version, layouts });
}

/** The draft's layout replaces its previous one and goes first; only `limit` drafts are kept. */
export function withSavedLayout(
  layouts: readonly SavedLayout[],
  saved: SavedLayout,
  limit: number,
): SavedLayout[] {
  return [saved, ...layouts.filter((entry) => entry.draftId !== saved.draftId)].slice(0, limit);
}

export function savedLayoutFor(
  layouts: readonly SavedLayout[],
  draftId: string,
  key: string,
): RouteLayout | undefined {
  return layouts.find((entry) => entry.draftId === draftId && entry.key === key)?.layout;
}
