import { describe, expect, it } from 'vitest';
import type { ContentRefs } from '../../../src/core/route/route-rules.ts';
import { formatProblem, type Problem } from '../../../src/core/problem.ts';
import {
  checkSlug,
  validateRoute,
  validateRouteText,
} from '../../../src/core/route/validate-route.ts';
import { makeEdge, makeGroup, makeNode, makeRoute } from '../factories.ts';

const TODAY = '2026-11-27';
const refs: ContentRefs = { terms: new Set(['mdo']), organisations: new Set(['ggz-voorbeeld']) };
const noRefs: ContentRefs = { terms: new Set(), organisations: new Set() };

function problemsOf(value: unknown, contentRefs = refs): Problem[] {
  return validateRoute(value, contentRefs, TODAY).problems;
}
function errorsAt(value: unknown): string[] {
  return problemsOf(value)
    .filter((problem) => problem.severity === 'error')
    .map((problem) => `${problem.path}: ${problem.message}`);
}

describe('a valid route', () => {
  it('passes without problems and is returned typed', () => {
    const result = validateRoute(makeRoute(), refs, TODAY);
    expect(result.problems).toEqual([]);
    expect(result.route?.nodes).toHaveLength(3);
  });
});

describe('shape rules', () => {
  it('names a missing required field', () => {
    const route: Record<string, unknown> = { ...makeRoute() };
    delete route.title;
    expect(errorsAt(route)).toEqual(['/title: verplicht veld ontbreekt']);
  });

  it('rejects an unknown field and suggests the intended one', () => {
    const route = makeRoute({ nodes: [{ ...makeNode('mentor'), lable: 'x' } as never], edges: [] });
    expect(errorsAt(route)).toContain('/nodes/0/lable: onbekend veld "lable" (bedoel je "label"?)');
  });

  it('only accepts version 1', () => {
    expect(errorsAt({ ...makeRoute(), version: 2 })).toEqual(['/version: moet 1 zijn']);
  });

  it('rejects an unknown node kind and lists the allowed ones', () => {
    const [message] = errorsAt(
      makeRoute({ nodes: [makeNode('a', { kind: 'person' as never })], edges: [] }),
    );
    expect(message).toMatch(/^\/nodes\/0\/kind: moet een van deze waarden zijn: "role"/);
  });

  it('rejects an unknown edge kind', () => {
    expect(
      errorsAt(makeRoute({ edges: [makeEdge('mentor', 'ib', { kind: 'calls' as never })] }))[0],
    ).toMatch(/^\/edges\/0\/kind: moet een van deze waarden zijn/);
  });

  it.each([
    ['Mentor', false],
    ['-mentor', false],
    ['mentor_1', false],
    ['a'.repeat(65), false],
    ['mentor-1', true],
    ['1e-lijn', true],
  ])('checks identifier %s (valid: %s)', (id, valid) => {
    const route = makeRoute({ nodes: [makeNode(id)], edges: [] });
    expect(errorsAt(route).some((message) => message.startsWith('/nodes/0/id'))).toBe(!valid);
  });

  it('limits label length to 80 characters', () => {
    expect(
      errorsAt(makeRoute({ nodes: [makeNode('a', { label: 'x'.repeat(81) })], edges: [] })),
    ).toEqual(['/nodes/0/label: te lang: hoogstens 80 tekens (nu 81)']);
    expect(
      errorsAt(makeRoute({ nodes: [makeNode('a', { label: 'x'.repeat(80) })], edges: [] })),
    ).toEqual([]);
  });

  it('says plainly that a required text is empty', () => {
    expect(
      errorsAt(makeRoute({ title: '', nodes: [makeNode('a', { label: '' })], edges: [] })),
    ).toEqual(['/title: mag niet leeg zijn', '/nodes/0/label: mag niet leeg zijn']);
  });

  it('reports an empty required text in the command-line form', () => {
    const [problem] = problemsOf(makeRoute({ maintainer: '' }));
    expect(formatProblem('content/routes/x.json', problem!)).toBe(
      'content/routes/x.json: /maintainer: mag niet leeg zijn',
    );
  });

  it('requires at least one node', () => {
    expect(errorsAt(makeRoute({ nodes: [], edges: [] }))).toEqual([
      '/nodes: minstens 1 item nodig',
    ]);
  });

  it.each([
    ['javascript:alert(1)', false],
    ['ftp://school.example', false],
    ['https://school.example/zorg', true],
    ['http://school.example', true],
  ])('accepts only http(s) URLs: %s (valid: %s)', (url, valid) => {
    const route = makeRoute({ nodes: [makeNode('a', { contact: { url } })], edges: [] });
    expect(errorsAt(route).length === 0).toBe(valid);
  });

  it('checks e-mail addresses and phone numbers', () => {
    expect(
      errorsAt(
        makeRoute({ nodes: [makeNode('a', { contact: { email: 'zorg(at)school' } })], edges: [] }),
      ),
    ).toEqual(['/nodes/0/contact/email: geen geldig e-mailadres']);
    expect(
      errorsAt(
        makeRoute({ nodes: [makeNode('a', { contact: { phone: '010-12 34 (56)' } })], edges: [] }),
      ),
    ).toEqual([]);
    expect(
      errorsAt(
        makeRoute({ nodes: [makeNode('a', { contact: { phone: 'bel 010' } })], edges: [] }),
      )[0],
    ).toMatch(/^\/nodes\/0\/contact\/phone: telefoonnummer/);
  });

  it('checks the verified date format', () => {
    expect(errorsAt(makeRoute({ verified: '27-11-2026' }))).toEqual([
      '/verified: datum in de vorm JJJJ-MM-DD',
    ]);
  });
});

describe('rules beyond the shape', () => {
  it('reports a duplicate node id at the second occurrence', () => {
    const route = makeRoute({ nodes: [makeNode('mentor'), makeNode('mentor')], edges: [] });
    expect(errorsAt(route)).toEqual(['/nodes/1/id: dubbele stap-id "mentor" (ook bij /nodes/0)']);
  });

  it('reports a duplicate group id', () => {
    const route = makeRoute({ groups: [makeGroup('zat'), makeGroup('zat')] });
    expect(errorsAt(route)).toEqual(['/groups/1/id: dubbele groep-id "zat" (ook bij /groups/0)']);
  });

  it('reports a node in an unknown group', () => {
    const route = makeRoute({ groups: [makeGroup('eerste-schil')] });
    route.nodes[0] = makeNode('mentor', { group: 'eerste-schil' });
    expect(errorsAt(route)).toEqual([]);
    route.nodes[1] = makeNode('ib', { group: 'tweede-schil' });
    expect(errorsAt(route)).toEqual(['/nodes/1/group: onbekende groep "tweede-schil"']);
  });

  it('reports an edge to a node that does not exist', () => {
    const route = makeRoute({ edges: [makeEdge('mentor', 'ggz')] });
    expect(errorsAt(route)).toEqual(['/edges/0/to: onbekende stap "ggz"']);
  });

  it('reports an edge from a node to itself', () => {
    expect(errorsAt(makeRoute({ edges: [makeEdge('ib', 'ib')] }))).toEqual([
      '/edges/0/to: een verbinding kan niet naar dezelfde stap terugwijzen',
    ]);
  });

  it('reports a duplicate edge but allows the same pair with another kind', () => {
    const same = makeRoute({ edges: [makeEdge('mentor', 'ib'), makeEdge('mentor', 'ib')] });
    expect(errorsAt(same)).toEqual([
      '/edges/1: dubbele verbinding: zelfde van, naar en soort als /edges/0',
    ]);
    const otherKind = makeRoute({
      edges: [
        makeEdge('mentor', 'ib'),
        makeEdge('mentor', 'ib', { kind: 'consults' }),
        makeEdge('ib', 'zat'),
      ],
    });
    expect(errorsAt(otherKind)).toEqual([]);
  });

  it('checks glossary terms and organisations against the content', () => {
    const route = makeRoute();
    route.nodes[2] = makeNode('zat', { terms: ['mdo', 'zat'], organisation: 'ggz-voorbeeld' });
    expect(errorsAt(route)).toEqual(['/nodes/2/terms/1: onbekend begrip "zat"']);
    expect(problemsOf(route, noRefs).map((problem) => problem.path)).toEqual([
      '/nodes/2/terms/0',
      '/nodes/2/terms/1',
      '/nodes/2/organisation',
    ]);
  });

  it('requires school details for a school route and a sector for school and template routes', () => {
    expect(errorsAt(makeRoute({ kind: 'school' }))).toEqual([
      '/school: verplicht bij kind "school"',
    ]);
    expect(errorsAt(makeRoute({ sector: undefined }))).toEqual([
      '/sector: verplicht bij kind "template"',
    ]);
    expect(errorsAt(makeRoute({ kind: 'care', sector: undefined }))).toEqual([]);
  });

  it('refuses anything that looks like a citizen service number (BSN)', () => {
    const route = makeRoute();
    route.nodes[0] = makeNode('mentor', { description: 'Leerling 111222333 besproken' });
    expect(errorsAt(route)).toEqual([
      '/nodes/0/description: bevat een nummer dat op een burgerservicenummer lijkt; een route bevat nooit leerlinggegevens',
    ]);
    route.nodes[0] = makeNode('mentor', { description: 'Bel 0201234567 of kies optie 123456789' });
    expect(errorsAt(route)).toEqual([]);
  });
});

describe('warnings', () => {
  it('warns about a node without connections', () => {
    const route = makeRoute({ nodes: [...makeRoute().nodes, makeNode('los')] });
    const problems = problemsOf(route);
    expect(problems).toEqual([
      { path: '/nodes/3', severity: 'warning', message: '"los" (los) heeft geen verbindingen' },
    ]);
    expect(validateRoute(route, refs, TODAY).route).not.toBeNull();
  });

  it('warns when the route was verified more than 12 months ago', () => {
    expect(problemsOf(makeRoute({ verified: '2025-11-26' }))).toEqual([
      {
        path: '/verified',
        severity: 'warning',
        message: 'laatst gecontroleerd op 2025-11-26: langer dan 12 maanden geleden',
      },
    ]);
    expect(problemsOf(makeRoute({ verified: '2025-11-27' }))).toEqual([]);
  });
});

describe('reading a file', () => {
  it('locates malformed JSON by line and column', () => {
    const text = '{\n  "version": 1,\n  "kind": "school"\n  "title": "x"\n}';
    const [problem] = validateRouteText(text, refs, TODAY).problems;
    expect(problem).toMatchObject({ line: 4, column: 3, severity: 'error' });
    expect(formatProblem('content/routes/x.json', problem!)).toMatch(
      /^content\/routes\/x\.json:4:3: ongeldige JSON: /,
    );
  });

  it('explains malformed JSON in Dutch, also where the engine gives no position', () => {
    const [problem] = validateRouteText('niet eens json', refs, TODAY).problems;
    expect(problem).toMatchObject({ line: 1, column: 1 });
    expect(problem?.message).toBe(
      'ongeldige JSON: hier hoort een waarde: tekst tussen dubbele aanhalingstekens, een getal, true, false, null, { of [',
    );
  });

  it('reports a file that ends too early', () => {
    const [problem] = validateRouteText('{"version": 1', refs, TODAY).problems;
    expect(problem).toMatchObject({ line: 1, column: 14 });
  });

  it('formats a problem as file: path: message', () => {
    const problem = {
      path: '/nodes/3/id',
      message: 'dubbele stap-id "mentor"',
      severity: 'error' as const,
    };
    expect(formatProblem('content/routes/x.json', problem)).toBe(
      'content/routes/x.json: /nodes/3/id: dubbele stap-id "mentor"',
    );
    expect(formatProblem('a.json', { ...problem, severity: 'warning' })).toBe(
      'a.json: /nodes/3/id: waarschuwing: dubbele stap-id "mentor"',
    );
  });

  it('requires the file name to be a valid slug', () => {
    expect(checkSlug('de-regenboog')).toEqual([]);
    expect(checkSlug('De Regenboog')).toHaveLength(1);
  });
});
