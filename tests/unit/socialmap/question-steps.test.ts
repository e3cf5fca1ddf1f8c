import { describe, expect, it } from 'vitest';
import {
  questionsLeadingTo,
  resolveQuestion,
  resolveStep,
} from '../../../src/core/socialmap/question-steps.ts';
import {
  makeContactPoint,
  makeOrganisation,
  makeQuestion,
  makeRole,
  makeService,
  makeSocialMap,
  makeStep,
} from './factories.ts';

const map = makeSocialMap({
  roles: [
    makeRole('intern-begeleider', { label: 'Intern begeleider', organisationKinds: ['school'] }),
    makeRole('zorgcoordinator', { label: 'Zorgcoördinator', organisationKinds: ['school'] }),
    makeRole('jeugdarts', { label: 'Jeugdarts' }),
  ],
  organisations: [
    makeOrganisation('jgz', {
      name: 'JGZ Test',
      services: [
        makeService('consultatiebureau', {
          name: 'Consultatiebureau',
          contactPoints: [makeContactPoint({ phone: '010 - 000 0001' })],
        }),
        makeService('op-school', {
          name: 'Jeugdarts op school',
          contactPoints: [makeContactPoint({ phone: '010 - 000 0002' })],
        }),
      ],
    }),
    makeOrganisation('ggz', { name: 'GGZ Test', kind: 'ggz-aanbieder' }),
    makeOrganisation('noord', {
      name: 'School Noord',
      kind: 'school',
      services: [
        makeService('les', { role: 'leerkracht' }),
        makeService('ib', {
          role: 'intern-begeleider',
          contactPoints: [makeContactPoint({ phone: undefined, email: 'ib@noord.example' })],
        }),
      ],
    }),
    makeOrganisation('zuid', {
      name: 'School Zuid',
      kind: 'school',
      areas: ['Voorbeeldstad', 'Proefdorp'],
      services: [
        makeService('zorg', {
          role: 'zorgcoordinator',
          areas: ['Proefdorp'],
          contactPoints: [makeContactPoint({ email: 'zorg@zuid.example' })],
        }),
      ],
    }),
  ],
});

describe('question → whom to go to', () => {
  it('resolves a step by role to the roles, where you meet them and how to reach them there', () => {
    const step = resolveStep(
      makeStep({
        organisation: undefined,
        service: undefined,
        roles: ['intern-begeleider', 'zorgcoordinator'],
      }),
      map,
    );
    expect(step.title).toBe('Intern begeleider of zorgcoördinator');
    expect(step.where).toEqual(['School']);
    expect(step.organisation).toBeUndefined();
    expect(step.contactPoints).toEqual([]);
    expect(
      step.places.map((place) => [place.organisation.name, place.areas, place.contactPoint.email]),
    ).toEqual([
      ['School Noord', ['Voorbeeldstad'], 'ib@noord.example'],
      ['School Zuid', ['Proefdorp'], 'zorg@zuid.example'],
    ]);
  });

  it('gives a step that names an organisation no list of places', () => {
    const step = resolveStep(
      makeStep({ organisation: 'jgz', service: undefined, roles: ['jeugdarts'] }),
      map,
    );
    expect(step.places).toEqual([]);
  });

  it('resolves a step to a service with that service’s own contact points', () => {
    const step = resolveStep(makeStep({ organisation: 'jgz', service: 'op-school' }), map);
    expect(step.title).toBe('Jeugdarts op school (JGZ Test)');
    expect(step.organisation).toEqual({
      id: 'jgz',
      name: 'JGZ Test',
      kind: 'jgz',
      fictional: true,
    });
    expect(step.contactPoints.map((point) => point.phone)).toEqual(['010 - 000 0002']);
    expect(step.where).toEqual([]);
  });

  it('resolves a step to an organisation with the contact points of its first service', () => {
    const step = resolveStep(makeStep({ organisation: 'jgz', service: undefined }), map);
    expect(step.title).toBe('JGZ Test');
    expect(step.contactPoints.map((point) => point.phone)).toEqual(['010 - 000 0001']);
  });

  it('names the role at an organisation when a step gives both', () => {
    const step = resolveStep(
      makeStep({ organisation: 'jgz', service: undefined, roles: ['jeugdarts'] }),
      map,
    );
    expect(step.title).toBe('Jeugdarts bij JGZ Test');
  });

  it('gives a question its first step and next steps in order, keeping the reason for each', () => {
    const question = makeQuestion('verzuim', {
      firstStep: makeStep({
        organisation: undefined,
        service: undefined,
        roles: ['intern-begeleider'],
        why: 'School eerst.',
      }),
      nextSteps: [
        makeStep({ organisation: 'jgz', service: 'op-school', why: 'Dan de jeugdarts.' }),
        makeStep({ organisation: 'ggz', service: undefined, why: 'Daarna GGZ.' }),
      ],
      terms: ['verzuim-onderwijs'],
    });
    const resolved = resolveQuestion(question, { ...map, questions: [question] });
    expect(resolved.first).toMatchObject({ title: 'Intern begeleider', why: 'School eerst.' });
    expect(resolved.next.map((step) => step.title)).toEqual([
      'Jeugdarts op school (JGZ Test)',
      'GGZ Test',
    ]);
    expect(resolved.terms).toEqual(['verzuim-onderwijs']);
    expect(resolved.parent).toBe('mijn vraag verzuim');
  });

  it('finds the questions that lead to an organisation, first or later', () => {
    const first = makeQuestion('a', {
      firstStep: makeStep({ organisation: 'ggz', service: undefined }),
    });
    const later = makeQuestion('b', {
      nextSteps: [makeStep({ organisation: 'ggz', service: undefined })],
    });
    const elsewhere = makeQuestion('c');
    const found = questionsLeadingTo({ ...map, questions: [first, later, elsewhere] }, 'ggz');
    expect(found.map(({ question, first: isFirst }) => [question.id, isFirst])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });
});
