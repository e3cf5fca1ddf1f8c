/**
 * Rules across the samenwerken files: every fixed list complete and in the order of the
 * source (the self-scan and the plan follow that order), practice ids unique, links to
 * existing routes and steps, glossary terms that exist.
 */
import { type Problem, error } from '../problem.ts';
import type { FormsFile } from './content-schema.ts';

export interface SamenwerkenRefs {
  /** Route slug → the ids of its steps. */
  routes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Glossary entry ids. */
  terms: ReadonlySet<string>;
}

/** `items` holds each of `ids` once, in the same order. */
export function checkCompleteList(
  items: readonly { id: string }[],
  ids: readonly string[],
  listPath: string,
  what: string,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first !== undefined)
      problems.push(
        error(
          `${listPath}/${index}/id`,
          `dubbel ${what} "${item.id}" (ook bij ${listPath}/${first})`,
        ),
      );
    else seen.set(item.id, index);
  });
  const missing = ids.filter((id) => !seen.has(id));
  if (missing.length > 0)
    problems.push(
      error(listPath, `${what} ontbreekt: ${missing.map((id) => `"${id}"`).join(', ')}`),
    );
  if (problems.length > 0) return problems;
  const misplaced = items.findIndex((item, index) => item.id !== ids[index]);
  if (misplaced >= 0)
    problems.push(
      error(
        `${listPath}/${misplaced}/id`,
        `hier hoort "${ids[misplaced]}": houd de volgorde van de bron aan (${ids.join(', ')})`,
      ),
    );
  return problems;
}

export function checkForms(file: FormsFile, refs: SamenwerkenRefs): Problem[] {
  const problems: Problem[] = [];
  const practiceAt = new Map<string, string>();
  file.forms.forEach((form, formIndex) => {
    form.practices.forEach((practice, index) => {
      const path = `/forms/${formIndex}/practices/${index}`;
      const first = practiceAt.get(practice.id);
      if (first)
        problems.push(error(`${path}/id`, `dubbele id "${practice.id}" (ook bij ${first})`));
      else practiceAt.set(practice.id, path);
      (practice.links ?? []).forEach((link, linkIndex) => {
        const nodes = refs.routes.get(link.route);
        if (!nodes)
          problems.push(
            error(`${path}/links/${linkIndex}/route`, `onbekende route "${link.route}"`),
          );
        else if (link.node !== undefined && !nodes.has(link.node))
          problems.push(
            error(
              `${path}/links/${linkIndex}/node`,
              `de route "${link.route}" heeft geen stap "${link.node}"`,
            ),
          );
      });
      (practice.terms ?? []).forEach((term, termIndex) => {
        if (!refs.terms.has(term))
          problems.push(error(`${path}/terms/${termIndex}`, `onbekend begrip "${term}"`));
      });
    });
  });
  return problems;
}
