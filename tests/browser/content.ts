/** The bundled content, read directly so tests follow the files instead of hard-coding them. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_KIND_LABELS } from '../../src/core/route/route-model.ts';
import type { Route } from '../../src/core/route/route-schema.ts';

const dir = join(process.cwd(), 'content', 'routes');

export const ROUTES: { slug: string; route: Route }[] = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({
    slug: name.replace(/\.json$/, ''),
    route: JSON.parse(readFileSync(join(dir, name), 'utf8')) as Route,
  }));

export function firstSchool(): { slug: string; route: Route; name: string } {
  const found = ROUTES.find((entry) => entry.route.kind === 'school');
  if (!found?.route.school) throw new Error('the content has no school route');
  return { ...found, name: found.route.school.name };
}

/** A node with contact details and consent, to check the details panel. */
export function richNode(route: Route) {
  return route.nodes.find((node) => node.contact?.phone || node.contact?.email) ?? route.nodes[0]!;
}

/** A chart box's accessible name as it begins: its badge, then its label ("Stap: Signaal of zorg"). */
export function chartNodeName(node: Route['nodes'][number]): RegExp {
  const escaped = `${NODE_KIND_LABELS[node.kind]}: ${node.label}`.replace(
    /[.*+?^${}()|[\]\\]/g,
    '\\$&',
  );
  return new RegExp(`^${escaped}`);
}
