/**
 * Which template ("how it works at most schools") a school's route is compared with.
 * Special schools often have no template of their own: speciaal (basis)onderwijs
 * works most like primary, voortgezet speciaal onderwijs most like secondary.
 */
import type { Route, Sector } from '../route/route-schema.ts';
import { assertNever } from '../route/route-urls.ts';

/** The sectors whose template fits, best first. */
export function templateSectorsFor(sector: Sector): readonly Sector[] {
  switch (sector) {
    case 'po':
    case 'vo':
    case 'mbo':
      return [sector];
    case 'sbo':
    case 'so':
      return [sector, 'po'];
    case 'vso':
      return [sector, 'vo'];
    default:
      return assertNever(sector);
  }
}

export interface TemplateChoice<T> {
  template: T;
  /** False when the template is of a neighbouring sector (e.g. vo for a vso school). */
  sameSector: boolean;
}

export function closestTemplate<T extends { route: Pick<Route, 'kind' | 'sector'> }>(
  entries: readonly T[],
  sector: Sector | undefined,
): TemplateChoice<T> | null {
  if (!sector) return null;
  for (const candidate of templateSectorsFor(sector)) {
    const template = entries.find(
      (entry) => entry.route.kind === 'template' && entry.route.sector === candidate,
    );
    if (template) return { template, sameSector: candidate === sector };
  }
  return null;
}
