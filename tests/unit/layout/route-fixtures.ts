/** Routes for layout tests: one realistic school route and seeded random ones of any size. */
import {
  EDGE_KINDS,
  NODE_KINDS,
  type Route,
  type RouteEdge,
  type RouteNode,
} from '../../../src/core/route-schema';
import { makeEdge, makeGroup, makeNode, makeRoute } from '../factories';

/** A 20-node ondersteuningsroute as a school would write it, with groups and edge labels. */
export function sampleSchoolRoute(): Route {
  return makeRoute({
    kind: 'school',
    school: { name: 'Testschool', municipality: 'Utrecht' },
    groups: [
      makeGroup('klas', { label: 'In de klas' }),
      makeGroup('school', { label: 'Ondersteuning op school' }),
      makeGroup('zat', { label: 'Zorg- en adviesteam (ZAT)' }),
      makeGroup('buiten', { label: 'Buiten school' }),
    ],
    nodes: [
      makeNode('signaal', { kind: 'step', label: 'Signaal: zorg over een leerling' }),
      makeNode('mentor', { group: 'klas', label: 'Mentor' }),
      makeNode('gesprek', { kind: 'step', group: 'klas', label: 'Gesprek met leerling en ouders' }),
      makeNode('leer-of-leef', {
        kind: 'decision',
        group: 'klas',
        label: 'Leervraag of leefvraag?',
      }),
      makeNode('ib', { group: 'school', label: 'Intern begeleider' }),
      makeNode('groeidocument', {
        kind: 'document',
        group: 'school',
        label: 'Groeidocument / handelingsplan',
      }),
      makeNode('leerlingbespreking', {
        kind: 'team',
        group: 'school',
        label: 'Leerlingbespreking',
      }),
      makeNode('toestemming', {
        kind: 'consent',
        group: 'school',
        label: 'Toestemming ouders voor bespreking in het ZAT',
      }),
      makeNode('zat', { kind: 'team', group: 'zat', label: 'Zorg- en adviesteam' }),
      makeNode('smw', { group: 'zat', label: 'Schoolmaatschappelijk werk' }),
      makeNode('jgz', { kind: 'service', group: 'zat', label: 'Jeugdarts (JGZ)' }),
      makeNode('leerplicht', { kind: 'service', group: 'zat', label: 'Leerplichtambtenaar' }),
      makeNode('welke-hulp', { kind: 'decision', group: 'zat', label: 'Welke hulp past?' }),
      makeNode('opp', {
        kind: 'document',
        group: 'school',
        label: 'Ontwikkelingsperspectief (OPP)',
      }),
      makeNode('swv', {
        kind: 'service',
        group: 'buiten',
        label: 'Samenwerkingsverband: arrangement',
      }),
      makeNode('wijkteam', { kind: 'service', group: 'buiten', label: 'Wijkteam / sociaal team' }),
      makeNode('huisarts', { kind: 'service', group: 'buiten', label: 'Huisarts en POH-GGZ' }),
      makeNode('jggz', { kind: 'service', group: 'buiten', label: 'Jeugd-GGZ' }),
      makeNode('meldcode', {
        kind: 'protocol',
        label: 'Meldcode huiselijk geweld en kindermishandeling',
      }),
      makeNode('evaluatie', { kind: 'step', label: 'Evaluatie en terugkoppeling' }),
    ],
    edges: [
      makeEdge('signaal', 'mentor'),
      makeEdge('mentor', 'gesprek'),
      makeEdge('gesprek', 'leer-of-leef'),
      makeEdge('gesprek', 'meldcode', { kind: 'escalates', label: 'zorgen over veiligheid' }),
      makeEdge('leer-of-leef', 'ib', { label: 'leervraag' }),
      makeEdge('leer-of-leef', 'smw', { label: 'leefvraag' }),
      makeEdge('ib', 'groeidocument', { kind: 'informs' }),
      makeEdge('ib', 'leerlingbespreking', { kind: 'escalates' }),
      makeEdge('leerlingbespreking', 'toestemming'),
      makeEdge('toestemming', 'zat', { label: 'ja' }),
      makeEdge('smw', 'zat', { kind: 'member' }),
      makeEdge('jgz', 'zat', { kind: 'member' }),
      makeEdge('leerplicht', 'zat', { kind: 'member' }),
      makeEdge('zat', 'welke-hulp'),
      makeEdge('welke-hulp', 'opp', { label: 'extra ondersteuning' }),
      makeEdge('opp', 'swv', { label: 'aanvraag arrangement' }),
      makeEdge('welke-hulp', 'wijkteam', { label: 'hulp thuis' }),
      makeEdge('welke-hulp', 'huisarts', { label: 'zorg nodig' }),
      makeEdge('huisarts', 'jggz'),
      makeEdge('jggz', 'evaluatie', { kind: 'informs' }),
      makeEdge('swv', 'evaluatie', { kind: 'informs' }),
      makeEdge('wijkteam', 'evaluatie', { kind: 'informs' }),
      makeEdge('evaluatie', 'mentor', { kind: 'informs', label: 'terugkoppeling' }),
    ],
  });
}

/** mulberry32: a tiny seeded PRNG, so "random" routes are the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'mentor',
  'intern',
  'begeleider',
  'zorgcoördinator',
  'ouders',
  'leerling',
  'gesprek',
  'aanmelding',
  'ondersteuningsteam',
  'samenwerkingsverband',
  'wijkteam',
  'huisarts',
  'POH-GGZ',
  'jeugdarts',
  'OPP',
  'arrangement',
  'evaluatie',
  'meldcode',
  'verzuim',
  'leerplicht',
  'intake',
  'advies',
  'van',
  'de',
  'het',
  'met',
  'en',
  'of',
  'bij',
  'handelingsgerichte',
  'diagnostiek',
  'toestemming',
  'thuiszitterstafel',
];

/**
 * A route of `nodeCount` nodes: mostly forward edges to nearby nodes (like a real route),
 * some long and backward edges (terugkoppeling), runs of nodes in groups (a group may get
 * several runs, so its members need not be neighbours in the file), some edge labels.
 */
export function randomRoute(nodeCount: number, seed: number): Route {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const words = (max: number) =>
    Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(WORDS)).join(' ');
  const groups = Array.from({ length: Math.max(1, Math.floor(nodeCount / 10)) }, (_, index) =>
    makeGroup(`g${index}`, { label: words(5) }),
  );

  // Runs of 2–7 consecutive nodes share a group (or none), like the sections of a route.
  const nodes: RouteNode[] = [];
  while (nodes.length < nodeCount) {
    const runLength = 2 + Math.floor(random() * 6);
    const group = random() < 0.6 ? { group: pick(groups).id } : {};
    for (let i = 0; i < runLength && nodes.length < nodeCount; i++) {
      nodes.push(
        makeNode(`n${nodes.length}`, { kind: pick(NODE_KINDS), label: words(7), ...group }),
      );
    }
  }

  const edges: RouteEdge[] = [];
  const seen = new Set<string>();
  const addEdge = (from: number, to: number) => {
    const key = `${from}>${to}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    const label = random() < 0.2 ? { label: words(3) } : {};
    edges.push(makeEdge(`n${from}`, `n${to}`, { kind: pick(EDGE_KINDS), ...label }));
  };
  for (let to = 1; to < nodeCount; to++)
    addEdge(to - 1 - Math.floor(random() ** 2 * Math.min(to, 8)), to);
  for (let extra = 0; extra < nodeCount * 0.25; extra++)
    addEdge(Math.floor(random() * nodeCount), Math.floor(random() * nodeCount));
  return makeRoute({ groups, nodes, edges });
}

/** `copies` school routes one after another (each evaluation leads to the next signal). */
export function chainedSchoolRoutes(copies: number): Route {
  const sample = sampleSchoolRoute();
  const suffix = (id: string, copy: number) => `${id}-${copy}`;
  const parts = Array.from({ length: copies }, (_, copy) => ({
    groups: (sample.groups ?? []).map((group) => ({ ...group, id: suffix(group.id, copy) })),
    nodes: sample.nodes.map((node) => ({
      ...node,
      id: suffix(node.id, copy),
      ...(node.group ? { group: suffix(node.group, copy) } : {}),
    })),
    edges: sample.edges.map((edge) => ({
      ...edge,
      from: suffix(edge.from, copy),
      to: suffix(edge.to, copy),
    })),
  }));
  const links = parts
    .slice(1)
    .map((_, copy) => makeEdge(suffix('evaluatie', copy), suffix('signaal', copy + 1)));
  return makeRoute({
    groups: parts.flatMap((part) => part.groups),
    nodes: parts.flatMap((part) => part.nodes),
    edges: [...parts.flatMap((part) => part.edges), ...links],
  });
}
