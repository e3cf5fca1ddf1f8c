import { describe, expect, it } from 'vitest';
import { fileProblemLocation, problemLocation } from '../../../src/view/editor/problem-text.ts';
import { makeNode, makeRoute } from '../factories.ts';

describe('naming where a problem is', () => {
  it('names a step of a route by its label, and the field in Dutch', () => {
    const route = makeRoute({ nodes: [makeNode('a', { label: 'Mentor' })], edges: [] });
    expect(problemLocation(route, '/nodes/0/contact/phone')).toBe('Stap "Mentor" › telefoon');
  });

  it('names places in a file that is not a valid route, then gives the JSON path', () => {
    const file = { version: 2, nodes: [{ id: 'x' }, 'kapot', { label: 'Intern begeleider' }] };
    expect(fileProblemLocation(file, '/nodes/2/label')).toBe(
      'Stap "Intern begeleider" › naam (/nodes/2/label)',
    );
    expect(fileProblemLocation(file, '/nodes/0/label')).toBe('Stap "x" › naam (/nodes/0/label)');
    expect(fileProblemLocation(file, '/nodes/1')).toBe('Stap 2 › naam (/nodes/1)');
    expect(fileProblemLocation(file, '/version')).toBe('Route › versie (/version)');
    expect(fileProblemLocation(file, '/foo')).toBe('Route › foo (/foo)');
    expect(fileProblemLocation('geen object', '/edges/3/to')).toBe(
      'Verbinding 4 › naar (/edges/3/to)',
    );
  });

  it('gives no place for a problem with the whole file', () => {
    expect(fileProblemLocation({}, '')).toBe('');
  });
});
