import { describe, expect, it } from 'vitest';
import { routeJsonSchema } from '../../../src/core/route/json-schema.ts';
import { validateRoute } from '../../../src/core/route/validate-route.ts';
import { makeNode, makeRoute } from '../factories.ts';

const refs = { terms: new Set<string>(), organisations: new Set<string>() };

describe('a step’s words for parents (forParents)', () => {
  it('may be left out: older route files stay valid', () => {
    expect(validateRoute(makeRoute(), refs, '2026-12-01').route).not.toBeNull();
  });

  it('is accepted as a short text', () => {
    const route = makeRoute();
    route.nodes[0] = makeNode('mentor', { forParents: 'De mentor belt u.' });
    const { route: valid, problems } = validateRoute(route, refs, '2026-12-01');
    expect(problems).toEqual([]);
    expect(valid?.nodes[0]?.forParents).toBe('De mentor belt u.');
  });

  it('is refused when too long or not text, naming the field', () => {
    for (const forParents of ['x'.repeat(601), 42]) {
      const route = { ...makeRoute(), nodes: [{ ...makeNode('mentor'), forParents }] };
      const { route: valid, problems } = validateRoute(route, refs, '2026-12-01');
      expect(valid).toBeNull();
      expect(problems.map((problem) => problem.path)).toContain('/nodes/0/forParents');
    }
  });

  it('is in the published JSON Schema', () => {
    const schema = JSON.stringify(routeJsonSchema());
    expect(schema).toContain('"forParents"');
  });
});
