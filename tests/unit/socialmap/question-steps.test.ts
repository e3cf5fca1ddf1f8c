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
  ],
});

describe('question → whom to go to', () => {
  it('resolves a step by role to the roles and where you meet them, without contact details', () => {
    const step = resolveStep(
      makeStep({
        organisation: undefined,
        service: undefined,
        roles: ['intern-begeleider', 'zorgcoordinator'],
      }),
      map,
    );
    expect(step.title).toBe('Intern begeleider of Zorgcoördinator');
    expect(step.where).toEqual(['School']);
    expect(step.organisation).toBeUndefined();
    expect(step.contactPoints).toEqual([]);
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
