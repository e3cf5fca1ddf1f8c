/**
 * What the plan pages show beside the plan itself: the texts of the form's parts (areas with
 * their questions, forms of cooperation, levels), the element titles and the site's routes.
 */
import type { Area, Level, Source } from '../../../core/samenwerken/content-schema.ts';

export interface PlanParts {
  intro: string;
  areas: Area[];
  forms: { id: string; title: string; summary: string }[];
  levels: Level[];
  elements: { id: string; title: string }[];
  routes: { slug: string; label: string; href: string }[];
  sources: Source[];
}

export function elementTitles(parts: Pick<PlanParts, 'elements'>): Record<string, string> {
  return Object.fromEntries(parts.elements.map((element) => [element.id, element.title]));
}
