/**
 * fast-check arbitraries for routes, built from the small factories: valid routes of a few
 * steps, and ways to break them (a field replaced, removed or added, the text corrupted).
 */
import fc from 'fast-check';
import { containsBsnLikeNumber } from '../../src/core/route/bsn.ts';
import {
  EDGE_KINDS,
  NODE_KINDS,
  ROUTE_KINDS,
  SECTORS,
  type Route,
  type RouteEdge,
} from '../../src/core/route/route-schema.ts';
import { makeEdge, makeGroup, makeNode, makeRoute } from './factories.ts';

/** Ids as the format allows them, including names that live on Object.prototype. */
export const idArb = fc.oneof(
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/),
  fc.constantFrom('constructor', 'prototype', 'tostring', 'valueof', 'mentor'),
);

/** Any text a school could type (no BSN: the format refuses those, see bsn.test.ts). */
export const textArb = (maxLength: number) =>
  fc
    .string({ minLength: 1, maxLength, unit: 'binary' })
    .filter((text) => !containsBsnLikeNumber(text));

export interface RouteSize {
  maxNodes?: number;
  maxGroups?: number;
}

/** A valid route: unique ids, connections between existing steps, groups that exist. */
export const validRouteArb = ({
  maxNodes = 10,
  maxGroups = 3,
}: RouteSize = {}): fc.Arbitrary<Route> =>
  fc
    .record({
      kind: fc.constantFrom(...ROUTE_KINDS),
      sector: fc.constantFrom(...SECTORS),
      title: textArb(60),
      groupIds: fc.uniqueArray(idArb, { maxLength: maxGroups }),
      groupLabels: fc.array(textArb(40), { minLength: maxGroups, maxLength: maxGroups }),
      nodeIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: maxNodes }),
      nodeParts: fc.array(
        fc.record({
          kind: fc.constantFrom(...NODE_KINDS),
          label: textArb(60),
          group: fc.nat(),
          description: fc.option(textArb(200), { nil: undefined }),
        }),
        { minLength: maxNodes, maxLength: maxNodes },
      ),
      edgeParts: fc.array(
        fc.record({
          from: fc.nat(),
          to: fc.nat(),
          kind: fc.constantFrom(...EDGE_KINDS),
          label: fc.option(textArb(30), { nil: undefined }),
        }),
        { maxLength: maxNodes * 2 },
      ),
    })
    .map((parts) => {
      const groups = parts.groupIds.map((id, index) =>
        makeGroup(id, { label: parts.groupLabels[index]! }),
      );
      const nodes = parts.nodeIds.map((id, index) => {
        const { kind, label, group, description } = parts.nodeParts[index]!;
        // Every third step (by its number) stays outside any group.
        const groupId =
          groups.length > 0 && group % 3 !== 0 ? groups[group % groups.length]!.id : undefined;
        return makeNode(id, {
          kind,
          label,
          ...(groupId ? { group: groupId } : {}),
          ...(description ? { description } : {}),
        });
      });
      const edges: RouteEdge[] = [];
      const seen = new Set<string>();
      for (const part of parts.edgeParts) {
        const from = nodes[part.from % nodes.length]!.id;
        const to = nodes[part.to % nodes.length]!.id;
        const key = `${from} ${to} ${part.kind}`;
        if (from === to || seen.has(key)) continue;
        seen.add(key);
        edges.push(
          makeEdge(from, to, { kind: part.kind, ...(part.label ? { label: part.label } : {}) }),
        );
      }
      return makeRoute({
        kind: parts.kind,
        sector: parts.sector,
        title: parts.title,
        ...(parts.kind === 'school'
          ? { school: { name: 'School (fictief)', municipality: 'Voorbeeldstad' } }
          : {}),
        ...(groups.length > 0 ? { groups } : {}),
        nodes,
        edges,
      });
    });

/** Every place in a JSON value, as a list of keys from the top. */
export function placesIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return [path, ...value.flatMap((item, index) => placesIn(item, [...path, index]))];
  if (value !== null && typeof value === 'object')
    return [
      path,
      ...Object.entries(value).flatMap(([key, item]) => placesIn(item, [...path, key])),
    ];
  return [path];
}

export type Mutation =
  | { type: 'replace'; place: number; value: unknown }
  | { type: 'remove'; place: number }
  | { type: 'add'; place: number; key: string; value: unknown };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    type: fc.constant('replace' as const),
    place: fc.nat(),
    value: fc.jsonValue({ maxDepth: 3 }),
  }),
  fc.record({ type: fc.constant('remove' as const), place: fc.nat() }),
  fc.record({
    type: fc.constant('add' as const),
    place: fc.nat(),
    key: fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'label'),
      fc.string(),
    ),
    value: fc.jsonValue({ maxDepth: 3 }),
  }),
);

/** The route with one place broken, as JSON text: what a hand-edited file could hold. */
export function mutatedRouteText(route: Route, mutations: readonly Mutation[]): string {
  // Work on parsed JSON so a "__proto__" key is an own field, as in a file.
  let value: unknown = JSON.parse(JSON.stringify(route));
  for (const mutation of mutations) value = mutate(value, mutation);
  return JSON.stringify(value);
}

function mutate(value: unknown, mutation: Mutation): unknown {
  const places = placesIn(value);
  const path = places[mutation.place % places.length]!;
  if (path.length === 0) return mutation.type === 'replace' ? mutation.value : value;
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], value);
  const key = path.at(-1)!;
  const container = parent as Record<string | number, unknown>;
  switch (mutation.type) {
    case 'replace':
      Object.defineProperty(container, key, {
        value: mutation.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      break;
    case 'remove':
      if (Array.isArray(container)) container.splice(Number(key), 1);
      else delete container[key];
      break;
    case 'add': {
      const target = container[key];
      if (target !== null && typeof target === 'object' && !Array.isArray(target))
        Object.defineProperty(target, mutation.key, {
          value: mutation.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      break;
    }
  }
  return value;
}

/**
 * A draft the editor can hold: a route's shape, its rules broken the ways a draft in progress
 * (or a share link from someone else) breaks them: repeated ids, connections to steps that are
 * not there or to the step itself, unknown groups, empty labels.
 */
export const brokenDraftArb = (size: RouteSize = {}): fc.Arbitrary<Route> =>
  fc
    .tuple(
      validRouteArb(size),
      fc.array(
        fc.record({
          type: fc.constantFrom(
            'repeatNode',
            'dangling',
            'selfLoop',
            'unknownGroup',
            'repeatGroup',
            'emptyLabel',
          ),
          at: fc.nat(),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    )
    .map(([route, breakages]) =>
      breakages.reduce<Route>((draft, { type, at }) => {
        const node = draft.nodes[at % draft.nodes.length]!;
        switch (type) {
          case 'repeatNode':
            return { ...draft, nodes: [...draft.nodes, { ...node, label: `${node.label} (2)` }] };
          case 'dangling':
            return { ...draft, edges: [...draft.edges, makeEdge(node.id, `weg-${at}`)] };
          case 'selfLoop':
            return { ...draft, edges: [...draft.edges, makeEdge(node.id, node.id)] };
          case 'unknownGroup':
            return {
              ...draft,
              nodes: draft.nodes.map((item) =>
                item === node ? { ...item, group: `geen-${at}` } : item,
              ),
            };
          case 'repeatGroup': {
            const group = draft.groups?.[at % draft.groups.length];
            return group ? { ...draft, groups: [...draft.groups!, { ...group }] } : draft;
          }
          case 'emptyLabel':
            return {
              ...draft,
              nodes: draft.nodes.map((item) => (item === node ? { ...item, label: '' } : item)),
            };
        }
      }, route),
    );
