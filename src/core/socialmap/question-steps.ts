/**
 * Question → whom to go to first and next. A step names roles (met at any organisation that
 * has them, e.g. "the intern begeleider of your child's school"), an organisation, or one of
 * its services; resolving turns it into what the finder shows: a title, where, how to reach.
 */
import { ORGANISATION_KIND_LABELS } from './social-map-kinds.ts';
import { organisationById, roleById, serviceAreas } from './social-map-model.ts';
import type {
  ContactPoint,
  Organisation,
  Question,
  QuestionStep,
  Role,
  Service,
  SocialMap,
} from './social-map-schema.ts';

export interface ResolvedStep {
  /** e.g. "Jeugdarts (JGZ Voorbeeldregio)" or "Intern begeleider of zorgcoördinator". */
  title: string;
  roles: Role[];
  organisation?: Pick<Organisation, 'id' | 'name' | 'kind' | 'fictional'>;
  service?: Pick<Service, 'id' | 'name' | 'purpose'>;
  /** For a step by role only: the kinds of organisation where you meet it ("School"). */
  where: string[];
  /** How to reach the service, or the organisation's first service. Empty for a role only. */
  contactPoints: ContactPoint[];
  /**
   * For a step by role only: the organisations in the region where you meet that role, each
   * with how to reach it. "Go to the wijkteam" is no help to a parent without a phone number,
   * and the map knows which wijkteams there are. Empty when the step names an organisation.
   */
  places: StepPlace[];
  why: string;
}

export interface StepPlace {
  organisation: Pick<Organisation, 'id' | 'name'>;
  /** The municipalities the service works in, to tell e.g. two wijkteams apart. */
  areas: readonly string[];
  contactPoint: ContactPoint;
}

/** The answer for parents, in its own words and steps (see parentAnswer in the format). */
export interface ResolvedParentAnswer {
  intro?: string;
  first: ResolvedStep;
  next: ResolvedStep[];
}

export interface ResolvedQuestion {
  id: string;
  professional: string;
  parent: string;
  first: ResolvedStep;
  next: ResolvedStep[];
  /** Absent in question files from before parent answers: parents then see the steps above. */
  parentAnswer?: ResolvedParentAnswer;
  terms: string[];
}

export function resolveStep(step: QuestionStep, map: SocialMap): ResolvedStep {
  const roles = (step.roles ?? []).flatMap((id) => roleById(map, id) ?? []);
  const organisation =
    step.organisation === undefined ? undefined : organisationById(map, step.organisation);
  const service = organisation?.services.find((candidate) => candidate.id === step.service);
  const roleNames = joinOr(roles.map((role) => role.label));
  const title = service
    ? `${service.name} (${organisation?.name})`
    : organisation
      ? roleNames
        ? `${roleNames} bij ${organisation.name}`
        : organisation.name
      : roleNames;
  const where = organisation
    ? []
    : [
        ...new Set(
          roles.flatMap((role) =>
            role.organisationKinds.map((kind) => ORGANISATION_KIND_LABELS[kind]),
          ),
        ),
      ];
  return {
    title,
    roles,
    ...(organisation && {
      organisation: {
        id: organisation.id,
        name: organisation.name,
        kind: organisation.kind,
        fictional: organisation.fictional,
      },
    }),
    ...(service && { service: { id: service.id, name: service.name, purpose: service.purpose } }),
    where,
    contactPoints: (service ?? organisation?.services[0])?.contactPoints ?? [],
    places: organisation ? [] : placesOfRoles(map, step.roles ?? []),
    why: step.why,
  };
}

export function resolveQuestion(question: Question, map: SocialMap): ResolvedQuestion {
  return {
    id: question.id,
    professional: question.professional,
    parent: question.parent,
    first: resolveStep(question.firstStep, map),
    next: question.nextSteps.map((step) => resolveStep(step, map)),
    ...(question.parentAnswer && {
      parentAnswer: {
        ...(question.parentAnswer.intro !== undefined && { intro: question.parentAnswer.intro }),
        first: resolveStep(question.parentAnswer.firstStep, map),
        next: question.parentAnswer.nextSteps.map((step) => resolveStep(step, map)),
      },
    }),
    terms: question.terms ?? [],
  };
}

/** One place per organisation that has a service for one of the roles: its first such service. */
export function placesOfRoles(map: SocialMap, roleIds: readonly string[]): StepPlace[] {
  return map.organisations.flatMap((organisation) => {
    const service = organisation.services.find((candidate) => roleIds.includes(candidate.role));
    const [contactPoint] = service?.contactPoints ?? [];
    if (!service || !contactPoint) return [];
    return [
      {
        organisation: { id: organisation.id, name: organisation.name },
        areas: serviceAreas(organisation, service),
        contactPoint,
      },
    ];
  });
}

/** The questions that send people to this organisation, first or later. */
export function questionsLeadingTo(
  map: SocialMap,
  organisationId: string,
): { question: Question; first: boolean }[] {
  return map.questions.flatMap((question) => {
    const first = question.firstStep.organisation === organisationId;
    const later = [...question.nextSteps, ...parentSteps(question)].some(
      (step) => step.organisation === organisationId,
    );
    return first || later ? [{ question, first }] : [];
  });
}

function parentSteps(question: Question): QuestionStep[] {
  const answer = question.parentAnswer;
  return answer ? [answer.firstStep, ...answer.nextSteps] : [];
}

/** "a", "a of b", "a, b of c"; later names lose their capital ("Mentor of leerkracht"). */
function joinOr(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const [first, ...rest] = names;
  const later = rest.map(lowerFirst);
  return `${[first, ...later.slice(0, -1)].join(', ')} of ${later.at(-1)}`;
}

/** "Leerkracht" → "leerkracht", but "POH-GGZ (jeugd)" and "RMC-trajectbegeleider" stay. */
function lowerFirst(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}
