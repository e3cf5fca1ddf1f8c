/** The plan pages' parts, built by the loaders from the validated content (build time only). */
import content from 'virtual:routekaart/content';
import type { SamenwerkenContent } from '../../../core/samenwerken/content-schema.ts';
import type { PlanParts } from './plan-parts.ts';

export function planParts(samenwerken: SamenwerkenContent): PlanParts {
  return {
    intro: samenwerken.plan.intro,
    areas: samenwerken.plan.areas,
    forms: samenwerken.forms.forms.map(({ id, title, summary }) => ({ id, title, summary })),
    levels: samenwerken.plan.levels,
    elements: samenwerken.elements.elements.map(({ id, title }) => ({ id, title })),
    routes: content.routes.map((entry) => ({
      slug: entry.slug,
      label: entry.route.school
        ? `${entry.route.school.name}, ${entry.route.school.municipality}`
        : entry.route.title,
      href: entry.url,
    })),
    sources: [...samenwerken.plan.sources, ...samenwerken.elements.sources.slice(0, 1)],
  };
}
