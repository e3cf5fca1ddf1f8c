/**
 * The rules for roles.json and the question files: every role, organisation, service and
 * glossary term they name must exist (see social-map-rules.ts for the organisation files).
 */
import { type Problem, error } from '../problem.ts';
import { type SocialMapContext, checkUnique } from './social-map-rules.ts';
import type { QuestionFile, QuestionStep, Role } from './social-map-schema.ts';

export function checkRoles(
  roles: readonly Role[],
  context: Pick<SocialMapContext, 'terms'>,
): Problem[] {
  const problems = checkUnique(
    roles.map((role) => role.id),
    '/roles',
    'rol-id',
    '/id',
  );
  roles.forEach((role, index) => {
    if (role.term !== undefined && !context.terms.has(role.term))
      problems.push(error(`/roles/${index}/term`, `onbekend begrip "${role.term}"`));
  });
  return problems;
}

export function checkQuestion(question: QuestionFile, context: SocialMapContext): Problem[] {
  const problems = [
    ...checkStep(question.firstStep, '/firstStep', context),
    ...question.nextSteps.flatMap((step, index) => checkStep(step, `/nextSteps/${index}`, context)),
    ...(question.parentAnswer
      ? [
          ...checkStep(question.parentAnswer.firstStep, '/parentAnswer/firstStep', context),
          ...question.parentAnswer.nextSteps.flatMap((step, index) =>
            checkStep(step, `/parentAnswer/nextSteps/${index}`, context),
          ),
        ]
      : []),
  ];
  question.terms?.forEach((term, index) => {
    if (!context.terms.has(term))
      problems.push(error(`/terms/${index}`, `onbekend begrip "${term}"`));
  });
  return problems;
}

export function checkStep(step: QuestionStep, at: string, context: SocialMapContext): Problem[] {
  if (step.roles === undefined && step.organisation === undefined && step.service === undefined)
    return [error(at, 'een stap noemt een rol ("roles") of een organisatie ("organisation")')];
  const problems: Problem[] = [];
  step.roles?.forEach((id, index) => {
    if (context.roles && !context.roles.has(id))
      problems.push(error(`${at}/roles/${index}`, `onbekende rol "${id}" (niet in roles.json)`));
  });
  const organisation =
    step.organisation === undefined ? undefined : context.organisations.get(step.organisation);
  if (step.organisation !== undefined && !context.organisationIds.has(step.organisation))
    problems.push(error(`${at}/organisation`, `onbekende organisatie "${step.organisation}"`));
  if (step.service !== undefined) {
    if (step.organisation === undefined)
      problems.push(
        error(`${at}/service`, 'een dienst hoort bij een organisatie: vul ook "organisation" in'),
      );
    else if (organisation && !organisation.services.some((service) => service.id === step.service))
      problems.push(
        error(`${at}/service`, `"${organisation.name}" heeft geen dienst "${step.service}"`),
      );
  }
  return problems;
}
