import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/problem.ts';
import { resolveQuestion } from '../../../src/core/socialmap/question-steps.ts';
import type { SocialMap } from '../../../src/core/socialmap/social-map-schema.ts';
import { validateSocialMap } from '../../../src/core/socialmap/validate-social-map.ts';
import { socialMapTexts } from '../../../src/core/taal/parent-text-sources.ts';
import {
  TODAY,
  makeOrganisation,
  makeQuestion,
  makeRole,
  makeService,
  makeSocialMap,
  makeStep,
  toSource,
} from './factories.ts';

const TERMS = new Set<string>();
const problemsOf = (map: SocialMap) =>
  validateSocialMap(toSource(map), TERMS, TODAY).reports.flatMap(({ file, problems }) =>
    problems.map((problem) => formatProblem(file, problem)),
  );

const withMentor = (overrides: Partial<SocialMap> = {}) =>
  makeSocialMap({
    roles: [makeRole('jeugdarts'), makeRole('mentor', { organisationKinds: ['school'] })],
    organisations: [
      makeOrganisation('jgz'),
      makeOrganisation('school', {
        kind: 'school',
        domain: 'onderwijs',
        services: [makeService('mentor', { role: 'mentor' })],
      }),
    ],
    ...overrides,
  });

describe('the parent answer of a question', () => {
  it('is optional: a question file from before it stays valid', () => {
    expect(problemsOf(makeSocialMap())).toEqual([]);
  });

  it('is checked like the other steps, with the path of the field', () => {
    const question = makeQuestion('vraag', {
      parentAnswer: {
        firstStep: makeStep({ roles: ['mentor'], organisation: undefined, service: undefined }),
        nextSteps: [makeStep({ roles: ['onbekend'], organisation: undefined, service: undefined })],
      },
    });
    expect(problemsOf(withMentor({ questions: [question] }))).toEqual([
      'content/socialmap/questions/vraag.json: /parentAnswer/nextSteps/0/roles/0: onbekende rol "onbekend" (niet in roles.json)',
    ]);
  });

  it('refuses a field the format does not have', () => {
    const question = {
      ...makeQuestion('vraag'),
      parentAnswer: { firstStep: makeStep(), nextSteps: [], uitleg: 'x' },
    };
    expect(problemsOf(makeSocialMap({ questions: [question as never] }))).toHaveLength(1);
  });

  it('resolves to its own steps, so a parent can be sent to the mentor first', () => {
    const map = withMentor();
    const resolved = resolveQuestion(
      makeQuestion('vraag', {
        parentAnswer: {
          intro: 'Maakt u zich zorgen?',
          firstStep: { roles: ['mentor'], why: 'Praat eerst met de mentor.' },
          nextSteps: [makeStep({ why: 'Daarna de jeugdarts.' })],
        },
      }),
      map,
    );
    expect(resolved.first.organisation?.id).toBe('jgz');
    expect(resolved.parentAnswer?.intro).toBe('Maakt u zich zorgen?');
    expect(resolved.parentAnswer?.first.title).toBe('mentor');
    expect(resolved.parentAnswer?.first.where).toEqual(['School']);
    expect(resolved.parentAnswer?.first.places.map((place) => place.organisation.id)).toEqual([
      'school',
    ]);
    expect(resolved.parentAnswer?.next.map((step) => step.why)).toEqual(['Daarna de jeugdarts.']);
  });

  it('is one text to check at B1, and a question without one is reported as missing', () => {
    const [withAnswer, without] = socialMapTexts(
      [
        makeQuestion('a', {
          parentAnswer: {
            intro: 'Intro.',
            firstStep: makeStep({ why: 'Eerst.' }),
            nextSteps: [makeStep({ why: 'Dan.' })],
          },
        }),
        makeQuestion('b'),
      ],
      (id) => `questions/${id}.json`,
    );
    expect(withAnswer).toMatchObject({
      where: 'questions/a.json: /parentAnswer',
      text: 'Intro. Eerst. Dan.',
    });
    expect(without?.text).toBe('');
  });
});

describe('the published JSON Schema of a question file', () => {
  it('has the parent answer, optional, with the same steps', async () => {
    const { SOCIAL_MAP_JSON_SCHEMAS, QUESTION_SCHEMA_PATH } =
      await import('../../../src/core/socialmap/json-schemas.ts');
    const published = SOCIAL_MAP_JSON_SCHEMAS.find((entry) => entry.path === QUESTION_SCHEMA_PATH);
    const schema = published?.schema() as {
      $id: string;
      properties: Record<string, { properties?: Record<string, unknown> }>;
      required: string[];
    };
    expect(schema.$id).toBe('/schema/socialmap-question.v1.json');
    expect(Object.keys(schema.properties.parentAnswer?.properties ?? {})).toEqual([
      'intro',
      'firstStep',
      'nextSteps',
    ]);
    expect(schema.required).not.toContain('parentAnswer');
  });
});

describe('questions leading to an organisation', () => {
  it('counts a step of the parent answer too', async () => {
    const { questionsLeadingTo } = await import('../../../src/core/socialmap/question-steps.ts');
    const question = makeQuestion('vraag', {
      firstStep: makeStep(),
      parentAnswer: {
        firstStep: makeStep(),
        nextSteps: [makeStep({ organisation: 'school', service: 'mentor' })],
      },
    });
    const map = withMentor({ questions: [question] });
    expect(questionsLeadingTo(map, 'school')).toEqual([{ question, first: false }]);
  });
});
