/**
 * Which of the roles a parent may meet (role-texts.ts) a step of a route stands for: by
 * the words in its label first ("JGZ (jeugdverpleegkundige)" is the nurse, whatever its
 * terms say), then by the glossary terms it names.
 */
import type { RouteNode } from '../route/route-schema.ts';
import { PARENT_ROLES, type ParentRole } from './role-texts.ts';

/** In order: the first pattern that matches wins (POH before huisarts, nurse before jeugdarts). */
const LABEL_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/leerkracht/i, 'leerkracht'],
  [/mentor/i, 'mentor'],
  [/studieloopbaan|\bslb\b|studentcoach/i, 'studentcoach'],
  [/intern begeleider|\bib\b/i, 'intern-begeleider'],
  [/zorgco[öo]rdinator|ondersteuningsco[öo]rdinator/i, 'zorgcoordinator'],
  [/orthopedagoog/i, 'orthopedagoog'],
  [/maatschappelijk/i, 'schoolmaatschappelijk-werker'],
  [/samenwerkingsverband|\bswv\b/i, 'consulent-passend-onderwijs'],
  [/jeugdverpleegkundige/i, 'jeugdverpleegkundige'],
  [/jeugdarts|\bjgz\b/i, 'jeugdarts'],
  [/wijkteam|sociaal team|jeugdprofessional/i, 'wijkteammedewerker'],
  [/\bpoh\b/i, 'poh-ggz'],
  [/huisarts/i, 'huisarts'],
  [/ggz|behandelaar/i, 'regiebehandelaar'],
  [/leerplicht/i, 'leerplichtambtenaar'],
  [/veilig thuis/i, 'adviseur-veilig-thuis'],
  [/cli[ëe]ntondersteun/i, 'clientondersteuner'],
];

const TERM_ROLES: Readonly<Record<string, string>> = {
  'ondersteuningscoordinator-onderwijs': 'zorgcoordinator',
  'orthopedagoog-jeugdhulp': 'orthopedagoog',
  'jgz-gemeente': 'jeugdarts',
  'jeugdprofessional-jeugdhulp': 'wijkteammedewerker',
  'jeugdprofessional-onderwijs': 'wijkteammedewerker',
  'wijkteam-jeugdhulp': 'wijkteammedewerker',
  'poh-ggz-huisartsenzorg': 'poh-ggz',
  'jggz-ggz': 'regiebehandelaar',
  'ggz-ggz': 'regiebehandelaar',
  'leerplicht-onderwijs': 'leerplichtambtenaar',
  ...Object.fromEntries(PARENT_ROLES.flatMap((role) => (role.term ? [[role.term, role.key]] : []))),
};

export function parentRoleByKey(key: string): ParentRole | undefined {
  return PARENT_ROLES.find((role) => role.key === key);
}

/** The role a person-like step (a role or a partner outside school) stands for, if any. */
export function parentRoleOf(
  node: Pick<RouteNode, 'kind' | 'label' | 'terms'>,
): ParentRole | undefined {
  if (node.kind !== 'role' && node.kind !== 'service') return undefined;
  const byLabel = LABEL_PATTERNS.find(([pattern]) => pattern.test(node.label))?.[1];
  const byTerm = (node.terms ?? []).map((term) => TERM_ROLES[term]).find(Boolean);
  const key = byLabel ?? byTerm;
  return key === undefined ? undefined : parentRoleByKey(key);
}
