import { describe, expect, it } from 'vitest';
import { createEditorState, editorReducer } from '../../../src/core/editor/editor-state.ts';
import { applyEdit, type Edit } from '../../../src/core/editor/edits.ts';
import { makeEdge, makeGroup, makeNode, makeRoute } from '../factories.ts';

describe('editorReducer', () => {
  it('applies an edit as one undoable step', () => {
    let state = createEditorState(makeRoute());
    state = editorReducer(state, {
      type: 'edit',
      edit: { type: 'addNode', node: makeNode('jgz') },
    });
    expect(state.present.nodes).toHaveLength(4);
    state = editorReducer(state, { type: 'undo' });
    expect(state.present.nodes).toHaveLength(3);
    state = editorReducer(state, { type: 'redo' });
    expect(state.present.nodes).toHaveLength(4);
  });

  it('makes typing in one field one step, closed by a mark', () => {
    let state = createEditorState(makeRoute());
    for (const title of ['O', 'On', 'Ond']) {
      const edit: Edit = { type: 'updateRoute', patch: { title } };
      state = editorReducer(state, { type: 'edit', edit, field: '/title' });
    }
    state = editorReducer(state, { type: 'mark' });
    state = editorReducer(state, {
      type: 'edit',
      edit: { type: 'updateRoute', patch: { title: 'Ond!' } },
      field: '/title',
    });
    expect(state.past.map((route) => route.title)).toEqual(['Testroute', 'Ond']);
  });
});

describe('applyEdit', () => {
  const route = makeRoute({ groups: [makeGroup('schil')] });
  const cases: [Edit, (result: ReturnType<typeof applyEdit>) => unknown, unknown][] = [
    [{ type: 'addNode', node: makeNode('x') }, (r) => r.nodes.length, 4],
    [{ type: 'updateNode', index: 0, patch: { label: 'M' } }, (r) => r.nodes[0]?.label, 'M'],
    [{ type: 'removeNode', index: 2 }, (r) => r.edges.length, 1],
    [{ type: 'addEdge', edge: makeEdge('zat', 'mentor') }, (r) => r.edges.length, 3],
    [
      { type: 'updateEdge', index: 0, patch: { kind: 'consults' } },
      (r) => r.edges[0]?.kind,
      'consults',
    ],
    [{ type: 'removeEdge', index: 0 }, (r) => r.edges.length, 1],
    [{ type: 'addGroup', group: makeGroup('zat-groep') }, (r) => r.groups?.length, 2],
    [
      { type: 'updateGroup', index: 0, patch: { label: 'Schil' } },
      (r) => r.groups?.[0]?.label,
      'Schil',
    ],
    [{ type: 'removeGroup', index: 0 }, (r) => r.groups, undefined],
    [{ type: 'updateRoute', patch: { maintainer: 'ib' } }, (r) => r.maintainer, 'ib'],
    [{ type: 'updateSchool', patch: { name: 'De Linde' } }, (r) => r.school?.name, 'De Linde'],
    [{ type: 'replaceRoute', route: makeRoute({ title: 'Nieuw' }) }, (r) => r.title, 'Nieuw'],
  ];
  it.each(cases)('%o', (edit, read, expected) => {
    expect(read(applyEdit(route, edit))).toEqual(expected);
  });
});
