/**
 * Questions professionals often bring to a route ("how does the huisarts reach the
 * zorgcoördinator?"), offered as quick choices where the route answers them: both ends
 * are there and the arrows lead from one to the other ("en terug" only when they also
 * lead back). A quick choice that ends in "no way" would teach readers to distrust the
 * finder. Nodes are recognised by id or by words in their label, since every school
 * names its roles a little differently.
 */
import { normaliseLabel } from './normalise-label.ts';
import { shortestPath } from './route-paths.ts';
import type { Route, RouteNode } from '../route/route-schema.ts';

interface QuestionPattern {
  from: readonly string[];
  to: readonly string[];
  back: boolean;
}

/** Who in the school coordinates support, in the words schools use for it. */
const COORDINATOR = [
  'zoco',
  'zorgcoordinator',
  'ondersteuningscoordinator',
  'intern begeleider',
  'ib',
  'oc',
] as const;
/** The person in school who first notices: mentor, teacher, study coach. */
const FIRST_CONTACT = [
  'mentor',
  'leerkracht',
  'studieloopbaanbegeleider',
  'studentcoach',
  'slb',
] as const;
const YOUTH_MENTAL_HEALTH = ['jggz', 'jeugd ggz', 'ggz'] as const;

const PATTERNS: readonly QuestionPattern[] = [
  { from: ['huisarts'], to: COORDINATOR, back: false },
  { from: ['poh', 'poh ggz'], to: COORDINATOR, back: true },
  { from: FIRST_CONTACT, to: YOUTH_MENTAL_HEALTH, back: true },
  { from: ['signaal'], to: ['ot', 'zat', 'ondersteuningsteam', 'cvb'], back: false },
];

export interface CommonQuestion {
  from: string;
  to: string;
  /** Ask for the way back as well ("and how does the answer come back?"). */
  back: boolean;
  /** "Van Huisarts naar Zorgcoördinator en terug". */
  label: string;
}

/** The first node whose id or label (as whole words) matches a term, trying terms in order. */
export function findNodeByTerms(route: Route, terms: readonly string[]): RouteNode | undefined {
  for (const term of terms) {
    const found = route.nodes.find(
      (node) =>
        node.id === term.replace(/ /g, '-') ||
        ` ${normaliseLabel(node.label)} `.includes(` ${term} `),
    );
    if (found) return found;
  }
  return undefined;
}

export function commonQuestions(route: Route): CommonQuestion[] {
  return PATTERNS.flatMap(({ from, to, back }) => {
    const start = findNodeByTerms(route, from);
    const end = findNodeByTerms(route, to);
    if (!start || !end || start.id === end.id) return [];
    if (!shortestPath(route, start.id, end.id)) return [];
    const andBack = back && shortestPath(route, end.id, start.id) !== null;
    const label = `Van ${start.label} naar ${end.label}${andBack ? ' en terug' : ''}`;
    return [{ from: start.id, to: end.id, back: andBack, label }];
  });
}
