/** Small builders for social-map tests: each test states only what matters to it. */
import type {
  ContactPoint,
  Organisation,
  Question,
  QuestionStep,
  Role,
  Service,
  SocialMap,
} from '../../../src/core/socialmap/social-map-schema.ts';
import type { SocialMapSource } from '../../../src/core/socialmap/validate-social-map.ts';

export const TODAY = '2026-11-27';

export function makeContactPoint(overrides: Partial<ContactPoint> = {}): ContactPoint {
  return { phone: '010 - 000 0000', urgency: 'regulier', ...overrides };
}

export function makeService(id: string, overrides: Partial<Service> = {}): Service {
  return {
    id,
    name: `Dienst ${id}`,
    role: 'jeugdarts',
    purpose: `Waarvoor ${id}`,
    ages: { from: 4, to: 18 },
    access: ['vrij-toegankelijk'],
    contactPoints: [makeContactPoint()],
    verified: '2026-10-01',
    ...overrides,
  };
}

export function makeOrganisation(id: string, overrides: Partial<Organisation> = {}): Organisation {
  return {
    id,
    name: `Organisatie ${id}`,
    kind: 'jgz',
    domain: 'zorg',
    fictional: true,
    description: 'Een verzonnen organisatie.',
    areas: ['Voorbeeldstad'],
    verified: '2026-10-01',
    services: [makeService('dienst')],
    ...overrides,
  };
}

export function makeRole(id: string, overrides: Partial<Role> = {}): Role {
  return {
    id,
    label: id.replace(/-/g, ' '),
    domain: 'zorg',
    organisationKinds: ['jgz'],
    description: `De rol ${id}.`,
    goHereFor: ['Vragen'],
    ...overrides,
  };
}

export function makeStep(overrides: Partial<QuestionStep> = {}): QuestionStep {
  return { organisation: 'jgz', service: 'dienst', why: 'Omdat het kan.', ...overrides };
}

export function makeQuestion(id: string, overrides: Partial<Question> = {}): Question {
  return {
    id,
    professional: `een vraag ${id}`,
    parent: `mijn vraag ${id}`,
    firstStep: makeStep(),
    nextSteps: [],
    ...overrides,
  };
}

/** A valid map: one JGZ with one service, the roles it needs, one question. */
export function makeSocialMap(overrides: Partial<SocialMap> = {}): SocialMap {
  return {
    region: {
      name: 'regio Test',
      fictional: true,
      note: 'Verzonnen.',
      municipalities: ['Voorbeeldstad', 'Proefdorp'],
    },
    roles: [
      makeRole('jeugdarts'),
      makeRole('huisarts', { organisationKinds: ['huisartsenpraktijk'] }),
    ],
    organisations: [makeOrganisation('jgz')],
    questions: [makeQuestion('vraag')],
    districts: null,
    ...overrides,
  };
}

/** The map as the files the loader would read, so validation runs end to end. */
export function toSource(map: SocialMap): SocialMapSource {
  const text = (value: unknown) => JSON.stringify(value);
  return {
    region: { file: 'content/socialmap/region.json', text: text(map.region) },
    roles: { file: 'content/socialmap/roles.json', text: text({ roles: map.roles }) },
    organisations: map.organisations.map(({ id, ...organisation }) => ({
      id,
      file: `content/socialmap/organisations/${id}.json`,
      text: text(organisation),
    })),
    questions: map.questions.map(({ id, ...question }) => ({
      id,
      file: `content/socialmap/questions/${id}.json`,
      text: text(question),
    })),
    ...(map.districts && {
      districts: { file: 'content/socialmap/wijken.json', text: text(map.districts) },
    }),
  };
}
