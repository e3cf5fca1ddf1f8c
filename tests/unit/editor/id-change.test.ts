import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/editor/edits.ts';
import { changeGroupId, changeNodeId } from '../../../src/core/editor/id-change.ts';
import { createEditorState, editorReducer } from '../../../src/core/editor/editor-state.ts';
import { makeEdge, makeGroup, makeNode, makeRoute } from '../factories.ts';

/** The route after typing `texts` into step `index`'s id field, one commit per text. */
function typeIds(route: ReturnType<typeof makeRoute>, index: number, texts: string[]) {
  return texts.reduce(
    (current, id) => applyEdit(current, { type: 'changeNodeId', index, id }),
    route,
  );
}

describe('changeNodeId', () => {
  const twoMentors = () =>
    makeRoute({
      nodes: [makeNode('mentor'), makeNode('mentor-2'), makeNode('zat')],
      edges: [makeEdge('mentor', 'zat'), makeEdge('mentor-2', 'zat', { kind: 'informs' })],
    });

  it('never moves connections to another step while an id is typed letter by letter', () => {
    // The old field applied every keystroke: mentor-2 → mentor- → mentor → mentorx left
    // mentor-2's connection on the existing step "mentor".
    const next = typeIds(twoMentors(), 1, ['mentor-', 'mentor', 'mentorx']);
    expect(next.nodes.map((node) => node.id)).toEqual(['mentor', 'mentorx', 'zat']);
    expect(next.edges).toEqual([
      makeEdge('mentor', 'zat'),
      makeEdge('mentorx', 'zat', { kind: 'informs' }),
    ]);
  });

  it('refuses an id another step has, naming that step', () => {
    const route = twoMentors();
    const change = changeNodeId(route, 1, 'mentor');
    expect(change).toEqual({
      ok: false,
      message: 'De id "mentor" hoort al bij stap "mentor". Kies een andere id.',
    });
    expect(applyEdit(route, { type: 'changeNodeId', index: 1, id: 'mentor' })).toBe(route);
  });

  it('refuses an empty or malformed id with a plain explanation', () => {
    const route = twoMentors();
    expect(changeNodeId(route, 1, '  ')).toEqual({
      ok: false,
      message: 'Een id mag niet leeg zijn.',
    });
    const invalid = changeNodeId(route, 1, 'Mentor 2');
    expect(invalid.ok).toBe(false);
    expect(!invalid.ok && invalid.message).toMatch(/kleine letters, cijfers en streepjes/);
    expect(changeNodeId(route, 1, 'a'.repeat(65)).ok).toBe(false);
  });

  it('renames the step and every connection to or from it in one change', () => {
    const change = changeNodeId(makeRoute(), 1, ' intern-begeleider ');
    expect(change.ok && change.route.nodes[1]?.id).toBe('intern-begeleider');
    expect(change.ok && change.route.edges).toEqual([
      makeEdge('mentor', 'intern-begeleider'),
      makeEdge('intern-begeleider', 'zat', { kind: 'escalates' }),
    ]);
  });

  it('leaves the route itself when the id stays the same or the step does not exist', () => {
    const route = makeRoute();
    expect(changeNodeId(route, 1, 'ib')).toEqual({ ok: true, route });
    expect(changeNodeId(route, 9, 'x').ok).toBe(false);
  });

  it('leaves connections with the other step when a draft holds the old id twice', () => {
    const route = makeRoute({ nodes: [makeNode('ib'), makeNode('ib'), makeNode('zat')] });
    const change = changeNodeId(route, 1, 'nieuw');
    expect(change.ok && change.route.edges).toBe(route.edges);
  });

  it('is one undo step, and undo gives the old id and connections back', () => {
    const route = makeRoute();
    const renamed = editorReducer(createEditorState(route), {
      type: 'edit',
      edit: { type: 'changeNodeId', index: 1, id: 'intern-begeleider' },
    });
    expect(editorReducer(renamed, { type: 'undo' }).present).toBe(route);
  });
});

describe('changeGroupId', () => {
  const grouped = () =>
    makeRoute({
      groups: [makeGroup('eerste-schil'), makeGroup('tweede-schil', { label: 'Tweede schil' })],
      nodes: [
        makeNode('mentor', { group: 'eerste-schil' }),
        makeNode('ib', { group: 'tweede-schil' }),
      ],
      edges: [makeEdge('mentor', 'ib')],
    });

  it('never moves steps to another group while an id is typed letter by letter', () => {
    const route = grouped();
    const next = ['eerste-', 'eerste-schil', 'eerste-schilx'].reduce(
      (current, id) => applyEdit(current, { type: 'changeGroupId', index: 1, id }),
      route,
    );
    expect(next.nodes.map((node) => node.group)).toEqual(['eerste-schil', 'eerste-schilx']);
  });

  it('refuses an id another group has, naming that group', () => {
    expect(changeGroupId(grouped(), 0, 'tweede-schil')).toEqual({
      ok: false,
      message: 'De id "tweede-schil" hoort al bij groep "Tweede schil". Kies een andere id.',
    });
  });

  it("carries a new id into the group's steps", () => {
    const change = changeGroupId(grouped(), 0, 'basis');
    expect(change.ok && change.route.groups?.[0]?.id).toBe('basis');
    expect(change.ok && change.route.nodes.map((node) => node.group)).toEqual([
      'basis',
      'tweede-schil',
    ]);
  });
});
