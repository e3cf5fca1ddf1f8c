/**
 * What the parents' pages need from the site content, worked out in their loaders (at
 * prerender time) so the pages carry no glossary or social map of their own.
 */
import type { GlossaryEntry } from '../../core/glossary/glossary-schema.ts';
import { parentRoleOf } from '../../core/parents/parent-roles.ts';
import {
  type ParentConsent,
  parentSteps,
  whatHappens,
  whatYouCanDo,
} from '../../core/parents/parent-steps.ts';
import { pt } from '../../core/parents/texts.ts';
import type { Contact, NodeKind, Route } from '../../core/route/route-schema.ts';

export interface TermLink {
  term: string;
  label: string;
}

export interface ParentStepView {
  id: string;
  label: string;
  kind: NodeKind;
  /** What happens here, for parents; absent when the role's explanation says it. */
  what?: string;
  /** What the parent can do here. */
  ask: string;
  roleKey?: string;
  roleLabel?: string;
  consents: readonly ParentConsent[];
  contact?: Contact;
  original: { who?: string; when?: string; description?: string };
  terms: TermLink[];
}

/** Glossary ids as links by term key, once per word ("Mentor", not "Mentor (onderwijs)"). */
export function termLinks(ids: readonly string[], glossary: readonly GlossaryEntry[]): TermLink[] {
  const links = new Map<string, TermLink>();
  for (const id of ids) {
    const entry = glossary.find((candidate) => candidate.id === id);
    if (entry && !links.has(entry.term))
      links.set(entry.term, { term: entry.term, label: entry.prefLabel });
  }
  return [...links.values()];
}

export function parentStepViews(
  route: Route,
  glossary: readonly GlossaryEntry[],
): ParentStepView[] {
  return parentSteps(route).map((step) => {
    const { node, role, consents } = step;
    const what = whatHappens(step);
    return {
      id: node.id,
      label: node.label,
      kind: node.kind,
      ...(what ? { what: what.kind === 'own' ? what.text : pt(what.id) } : {}),
      ask: pt(whatYouCanDo(step)),
      ...(role ? { roleKey: role.key, roleLabel: role.label } : {}),
      consents,
      ...(node.contact ? { contact: node.contact } : {}),
      original: {
        ...(node.who ? { who: node.who } : {}),
        ...(node.when ? { when: node.when } : {}),
        ...(node.description ? { description: node.description } : {}),
      },
      terms: termLinks([...(role?.term ? [role.term] : []), ...(node.terms ?? [])], glossary),
    };
  });
}

/** The school's own people with contact details, the class's first contact first. */
export function schoolContacts(route: Route): { id: string; label: string; contact: Contact }[] {
  const first = ['leerkracht', 'mentor', 'studentcoach'];
  return route.nodes
    .flatMap((node) => {
      const role = parentRoleOf(node);
      return node.contact && node.kind === 'role' && (!role || role.place === 'school')
        ? [{ id: node.id, label: node.label, contact: node.contact, key: role?.key ?? '' }]
        : [];
    })
    .sort((a, b) => Number(!first.includes(a.key)) - Number(!first.includes(b.key)))
    .map(({ id, label, contact }) => ({ id, label, contact }));
}
