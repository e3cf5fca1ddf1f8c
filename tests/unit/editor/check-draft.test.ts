import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/core/editor/check-draft.ts';
import { routeFromTemplate } from '../../../src/core/editor/new-draft.ts';
import { makeEdge, makeNode, makeRoute } from '../factories.ts';

const refs = { terms: new Set<string>(), organisations: new Set<string>() };
const today = '2026-11-27';
const at = (problems: ReturnType<typeof checkDraft>) =>
  problems.map(({ path, severity }) => `${severity} ${path}`);

describe('checkDraft', () => {
  it('says which required fields a new draft still needs, not that they are errors', () => {
    const draft = routeFromTemplate(makeRoute(), today);
    expect(checkDraft(draft, refs, today)).toEqual([
      { path: '/school/name', message: 'nog invullen', severity: 'todo' },
      { path: '/school/municipality', message: 'nog invullen', severity: 'todo' },
      { path: '/maintainer', message: 'nog invullen', severity: 'todo' },
    ]);
  });

  it('shows rule problems while the shape is still incomplete', () => {
    const route = makeRoute({
      maintainer: '',
      nodes: [makeNode('mentor'), makeNode('mentor', { who: 'mentor, BSN 111222333' })],
      edges: [makeEdge('mentor', 'zat')],
    });
    expect(at(checkDraft(route, refs, today))).toEqual([
      'todo /maintainer',
      'error /nodes/1/id',
      'error /edges/0/to',
      'error /nodes/1/who',
    ]);
  });

  it('keeps other shape problems as errors, next to the empty fields', () => {
    const route = makeRoute({ title: '', nodes: [makeNode('Mentor')], edges: [] });
    expect(at(checkDraft(route, refs, today))).toEqual([
      'todo /title',
      'error /nodes/0/id',
      'warning /nodes/0',
    ]);
  });

  it('finds nothing in a finished route', () => {
    expect(checkDraft(makeRoute(), refs, today)).toEqual([]);
  });
});
