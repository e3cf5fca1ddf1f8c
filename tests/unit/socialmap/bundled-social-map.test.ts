import { describe, expect, it } from 'vitest';
import { loadContentRefs } from '../../../src/build/load-routes.ts';
import { loadSocialMap } from '../../../src/build/load-social-map.ts';
import { resolveStep } from '../../../src/core/socialmap/question-steps.ts';
import { TODAY } from './factories.ts';

// The bundled social map is what the site is built from: it must stay valid and complete.
describe('the bundled social map', () => {
  const root = process.cwd();
  const { socialMap, reports } = loadSocialMap(root, TODAY, loadContentRefs(root).terms);

  it('has no errors (warnings only for items deliberately left unchecked for over a year)', () => {
    expect(
      reports
        .flatMap((report) => report.problems)
        .every((problem) => problem.severity === 'warning'),
    ).toBe(true);
    expect(reports.some((report) => report.problems.length > 0)).toBe(true);
  });

  it('covers a fictional region, marked as such, with at least 25 organisations and services and 15 questions', () => {
    expect(socialMap.region.fictional).toBe(true);
    expect(socialMap.region.municipalities).toEqual(
      expect.arrayContaining(['Voorbeeldstad', 'Proefdorp']),
    );
    expect(socialMap.organisations.length).toBeGreaterThanOrEqual(25);
    expect(
      socialMap.organisations.flatMap((organisation) => organisation.services).length,
    ).toBeGreaterThanOrEqual(25);
    expect(socialMap.questions.length).toBeGreaterThanOrEqual(15);
    for (const organisation of socialMap.organisations.filter((candidate) => candidate.fictional))
      expect(organisation.description, organisation.id).toMatch(/[Ff]ictie/);
  });

  it('says for every first step how to get in touch: a contact point, or where that role works', () => {
    for (const question of socialMap.questions) {
      const first = resolveStep(question.firstStep, socialMap);
      const reachable = [
        ...first.contactPoints,
        ...first.places.map((place) => place.contactPoint),
      ];
      expect(reachable.length, question.id).toBeGreaterThan(0);
      for (const point of reachable)
        expect(point.phone ?? point.email ?? point.url, question.id).toBeTruthy();
    }
  });

  it('words every question for professionals and for parents, with a first step', () => {
    for (const question of socialMap.questions) {
      expect(question.professional, question.id).not.toBe(question.parent);
      expect(question.firstStep.why.length, question.id).toBeGreaterThan(10);
    }
  });

  it('uses only fictional web and mail domains', () => {
    for (const organisation of socialMap.organisations) {
      if (organisation.website)
        expect(organisation.website, organisation.id).toMatch(/^https:\/\/[^/]+\.example(\/|$)/);
      for (const point of organisation.services.flatMap((service) => service.contactPoints)) {
        if (point.email) expect(point.email, organisation.id).toMatch(/\.example$/);
        if (point.url)
          expect(point.url, organisation.id).toMatch(/^https:\/\/[^/]+\.example(\/|$)/);
      }
    }
  });
});
