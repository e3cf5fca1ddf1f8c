/**
 * Any sequence of edits, typed into any fields in any order, is taken back by undoing every
 * step: the route is exactly as it was opened. Redoing them all gives the edited route again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newGroup } from '../../../src/core/editor/group-edits.ts';
import type { Edit } from '../../../src/core/editor/edits.ts';
import {
  type EditorAction,
  type EditorState,
  createEditorState,
  editorReducer,
} from '../../../src/core/editor/editor-state.ts';
import { canRedo, canUndo } from '../../../src/core/editor/history.ts';
import { newNode } from '../../../src/core/editor/node-edits.ts';
import { EDGE_KINDS, NODE_KINDS, type Route } from '../../../src/core/route/route-schema.ts';
import { idArb, validRouteArb } from '../route-arbitraries.ts';

/** What an edit does, with numbers that pick its step, group or connection in the route. */
const editSeedArb = fc.record({
  type: fc.constantFrom(
    'addNode',
    'updateNode',
    'removeNode',
    'changeNodeId',
    'addEdge',
    'updateEdge',
    'removeEdge',
    'addGroup',
    'updateGroup',
    'removeGroup',
    'changeGroupId',
    'updateRoute',
    'updateSchool',
    'replaceRoute',
  ),
  at: fc.nat(),
  other: fc.nat(),
  text: fc.string({ maxLength: 12 }),
  id: idArb,
  clear: fc.boolean(),
  /** Typing in one field merges into one step; a mark (leaving the field) closes it. */
  field: fc.option(fc.constantFrom('/title', '/nodes/0/label', '/edges/0/label'), {
    nil: undefined,
  }),
  mark: fc.boolean(),
});
type EditSeed = typeof editSeedArb extends fc.Arbitrary<infer T> ? T : never;

function editFor(route: Route, seed: EditSeed, replacement: Route): Edit {
  const nodeIndex = seed.at % Math.max(1, route.nodes.length);
  const edgeIndex = seed.at % Math.max(1, route.edges.length);
  const groupIndex = seed.at % Math.max(1, route.groups?.length ?? 1);
  const text = seed.clear ? undefined : seed.text;
  switch (seed.type) {
    case 'addNode':
      return {
        type: 'addNode',
        node: newNode(route, {
          kind: NODE_KINDS[seed.other % NODE_KINDS.length]!,
          label: seed.text,
        }),
      };
    case 'updateNode':
      return {
        type: 'updateNode',
        index: nodeIndex,
        patch: { label: seed.text, description: text },
      };
    case 'removeNode':
      return { type: 'removeNode', index: nodeIndex };
    case 'changeNodeId':
      return { type: 'changeNodeId', index: nodeIndex, id: seed.id };
    case 'addEdge': {
      // The editor offers only existing steps as ends.
      const from = route.nodes[nodeIndex]?.id;
      const to = route.nodes[seed.other % Math.max(1, route.nodes.length)]?.id;
      if (from === undefined || to === undefined)
        return { type: 'updateRoute', patch: { title: seed.text } };
      return {
        type: 'addEdge',
        edge: { from, to, kind: EDGE_KINDS[seed.other % EDGE_KINDS.length]! },
      };
    }
    case 'updateEdge':
      return { type: 'updateEdge', index: edgeIndex, patch: { label: text } };
    case 'removeEdge':
      return { type: 'removeEdge', index: edgeIndex };
    case 'addGroup':
      return { type: 'addGroup', group: newGroup(route, seed.text) };
    case 'updateGroup':
      return {
        type: 'updateGroup',
        index: groupIndex,
        patch: { label: seed.text, description: text },
      };
    case 'removeGroup':
      return { type: 'removeGroup', index: groupIndex };
    case 'changeGroupId':
      return { type: 'changeGroupId', index: groupIndex, id: seed.id };
    case 'updateRoute':
      return { type: 'updateRoute', patch: { title: seed.text, summary: text } };
    case 'updateSchool':
      return { type: 'updateSchool', patch: { name: seed.text } };
    case 'replaceRoute':
      return { type: 'replaceRoute', route: replacement };
  }
}

function runEdits(start: Route, seeds: readonly EditSeed[], replacement: Route): EditorState {
  let state = createEditorState(start);
  for (const seed of seeds) {
    const action: EditorAction = {
      type: 'edit',
      edit: editFor(state.present, seed, replacement),
      ...(seed.field ? { field: seed.field } : {}),
    };
    state = editorReducer(state, action);
    if (seed.mark) state = editorReducer(state, { type: 'mark' });
  }
  return state;
}

const undoAll = (state: EditorState) => {
  while (canUndo(state)) state = editorReducer(state, { type: 'undo' });
  return state;
};
const redoAll = (state: EditorState) => {
  while (canRedo(state)) state = editorReducer(state, { type: 'redo' });
  return state;
};

describe('edits, then undo', () => {
  it('undoing every step gives the route as it was opened; redoing all gives the edits back', () => {
    fc.assert(
      fc.property(
        validRouteArb({ maxNodes: 6 }),
        fc.array(editSeedArb, { maxLength: 40 }),
        validRouteArb({ maxNodes: 3 }),
        (route, seeds, replacement) => {
          const original = structuredClone(route);
          const edited = runEdits(route, seeds, replacement);
          const undone = undoAll(edited);
          expect(undone.present).toEqual(original);
          // Edits are pure: the opened route itself was never changed.
          expect(route).toEqual(original);
          expect(redoAll(undone).present).toEqual(edited.present);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never merges two steps or groups, and never leaves a connection without its step', () => {
    const unique = (ids: readonly string[]) => new Set(ids).size === ids.length;
    fc.assert(
      fc.property(
        validRouteArb({ maxNodes: 6 }),
        fc.array(editSeedArb, { maxLength: 40 }),
        validRouteArb({ maxNodes: 3 }),
        (route, seeds, replacement) => {
          let state = createEditorState(route);
          for (const seed of seeds) {
            state = runEdits(state.present, [seed], replacement);
            const { nodes, edges, groups = [] } = state.present;
            const ids = new Set(nodes.map((node) => node.id));
            expect(unique(nodes.map((node) => node.id)), seed.type).toBe(true);
            expect(unique(groups.map((group) => group.id)), seed.type).toBe(true);
            expect(
              edges.filter((edge) => !ids.has(edge.from) || !ids.has(edge.to)),
              seed.type,
            ).toEqual([]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
