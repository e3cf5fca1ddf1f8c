/** The roles on a "wie heb ik gesproken" page, with how to reach them (worked out in the loader). */
import type { GlossaryEntry } from '../../core/glossary/glossary-schema.ts';
import { rolesInRoute } from '../../core/parents/parent-steps.ts';
import { PARENT_ROLES, type ParentRole, type RolePlace } from '../../core/parents/role-texts.ts';
import type { Contact, Route } from '../../core/route/route-schema.ts';
import type { SocialMap } from '../../core/socialmap/social-map-schema.ts';
import { organisationsWithRole } from '../../core/socialmap/social-map-model.ts';
import { type TermLink, termLinks } from './parent-data.ts';

export interface ContactRole {
  key: string;
  label: string;
  place: RolePlace;
  term?: TermLink;
  /** Contact details the school's route gives for this role. */
  contacts: { id: string; label: string; contact: Contact }[];
  /** Organisations on the social map with this role. */
  organisations: { id: string; name: string }[];
}

function contactRole(
  role: ParentRole,
  glossary: readonly GlossaryEntry[],
  map: SocialMap,
  route?: Route,
): ContactRole {
  const inRoute = route
    ? rolesInRoute(route).find((entry) => entry.role.key === role.key)
    : undefined;
  const term = role.term ? termLinks([role.term], glossary)[0] : undefined;
  return {
    key: role.key,
    label: role.label,
    place: role.place,
    ...(term ? { term } : {}),
    contacts: (inRoute?.nodes ?? []).flatMap((node) =>
      node.contact ? [{ id: node.id, label: node.label, contact: node.contact }] : [],
    ),
    // Every school on the map has a mentor: for school roles the school itself is the way.
    organisations:
      role.place === 'school'
        ? []
        : organisationsWithRole(map, role.key).map(({ id, name }) => ({ id, name })),
  };
}

/**
 * For a school: its own people (the school roles its route names) and everyone outside
 * school. Without a school: every role.
 */
export function contactRoles(
  glossary: readonly GlossaryEntry[],
  map: SocialMap,
  route?: Route,
): ContactRole[] {
  const schoolKeys = route
    ? new Set(rolesInRoute(route).map((entry) => entry.role.key))
    : undefined;
  return PARENT_ROLES.filter(
    (role) => role.place === 'buiten-school' || !schoolKeys || schoolKeys.has(role.key),
  ).map((role) => contactRole(role, glossary, map, route));
}
