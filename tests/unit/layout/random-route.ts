/** Seeded random routes of any size for layout tests: the same route on every run. */
import {
  EDGE_KINDS,
  NODE_KINDS,
  type Route,
  type RouteEdge,
  type RouteNode,
} from '../../../src/core/route/route-schema.ts';
import { makeEdge, makeGroup, makeNode, makeRoute } from '../factories.ts';

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
