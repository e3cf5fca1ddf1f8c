import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/problem.ts';
import type { SocialMap } from '../../../src/core/socialmap/social-map-schema.ts';
import { validateSocialMap } from '../../../src/core/socialmap/validate-social-map.ts';
import {
  TODAY,
  makeContactPoint,
  makeOrganisation,
  makeQuestion,
  makeRole,
  makeService,
  makeSocialMap,
  makeStep,
  toSource,
} from './factories.ts';

const TERMS = new Set(['jeugdarts-gemeente', 'wijkteam-gemeente']);

/** Every problem as the build prints it, for a map in which one thing was changed. */
function problemsOf(map: SocialMap, terms = TERMS): string[] {
  return validateSocialMap(toSource(map), terms, TODAY).reports.flatMap(({ file, problems }) =>
    problems.map((problem) => formatProblem(file, problem)),
  );
}

const ORG = 'content/socialmap/organisations/jgz.json';
const withService = (overrides: Parameters<typeof makeService>[1]) =>
  makeSocialMap({
    organisations: [makeOrganisation('jgz', { services: [makeService('dienst', overrides)] })],
  });
const withStep = (step: Parameters<typeof makeStep>[0]) =>
  makeSocialMap({ questions: [makeQuestion('vraag', { firstStep: makeStep(step) })] });

describe('validating the social map', () => {
  it('accepts a valid map and returns it, organisations and questions with the id of their file', () => {
    const result = validateSocialMap(toSource(makeSocialMap()), TERMS, TODAY);
    expect(result.reports).toEqual([]);
    expect(result.socialMap?.organisations.map((organisation) => organisation.id)).toEqual(['jgz']);
    expect(result.socialMap?.questions.map((question) => question.id)).toEqual(['vraag']);
  });

  it('returns no map at all when any file has an error, and lists every problem', () => {
    const map = makeSocialMap({
      organisations: [makeOrganisation('jgz', { areas: ['Nergensdorp'] })],
      questions: [makeQuestion('vraag', { terms: ['bestaat-niet'] })],
    });
    const result = validateSocialMap(toSource(map), TERMS, TODAY);
    expect(result.socialMap).toBeNull();
    expect(result.reports.map((report) => report.file)).toEqual([
      ORG,
      'content/socialmap/questions/vraag.json',
    ]);
  });

  describe('the shape of each file', () => {
    it('reports malformed JSON with a line and column, and does not cascade into other files', () => {
      const source = toSource(makeSocialMap());
      const broken = { ...source, roles: { ...source.roles, text: '{\n  "roles": [,]\n}' } };
      const reports = validateSocialMap(broken, TERMS, TODAY).reports;
      expect(reports).toHaveLength(1);
      const [report] = reports;
      expect(formatProblem(report!.file, report!.problems[0]!)).toMatch(
        /^content\/socialmap\/roles\.json:\d+:\d+: ongeldige JSON/,
      );
    });

    it('names an unknown field and suggests the right one', () => {
      const source = toSource(makeSocialMap());
      const organisation = JSON.parse(source.organisations[0]!.text) as Record<string, unknown>;
      const typo = {
        ...source,
        organisations: [
          { ...source.organisations[0]!, text: JSON.stringify({ ...organisation, naam: 'x' }) },
        ],
      };
      const [report] = validateSocialMap(typo, TERMS, TODAY).reports;
      expect(report!.problems[0]!.path).toBe('/naam');
      expect(report!.problems[0]!.message).toContain('bedoel je "name"');
    });

    it('accepts only the access kinds of the format', () => {
      const map = withService({ access: ['vrij-toegankelijk'] });
      expect(problemsOf(map)).toEqual([]);
      const source = toSource(map);
      const text = source.organisations[0]!.text.replace('vrij-toegankelijk', 'via-de-buurvrouw');
      const [report] = validateSocialMap(
        { ...source, organisations: [{ ...source.organisations[0]!, text }] },
        TERMS,
        TODAY,
      ).reports;
      expect(report!.problems[0]!.path).toBe('/services/0/access/0');
      expect(report!.problems[0]!.message).toContain('"beschikking-gemeente"');
    });

    it('accepts function phone numbers only in digits, spaces, + - ( )', () => {
      expect(
        problemsOf(
          withService({ contactPoints: [makeContactPoint({ phone: '+31 (0)10 - 000 0000' })] }),
        ),
      ).toEqual([]);
      expect(
        problemsOf(withService({ contactPoints: [makeContactPoint({ phone: 'bel Jan' })] })),
      ).toEqual([
        `${ORG}: /services/0/contactPoints/0/phone: telefoonnummer: alleen cijfers, spaties, +, -, ( en )`,
      ]);
    });

    it('refuses links other than http and https', () => {
      expect(
        problemsOf(
          withService({ contactPoints: [makeContactPoint({ url: 'https://jgz.example' })] }),
        ),
      ).toEqual([]);
      expect(
        problemsOf(
          withService({ contactPoints: [makeContactPoint({ url: 'javascript:alert(1)' })] }),
        ),
      ).toEqual([
        `${ORG}: /services/0/contactPoints/0/url: alleen http:// of https://-adressen zijn toegestaan`,
      ]);
    });
  });

  describe('the rules across files', () => {
    it('keeps areas inside the region, and a service inside its organisation', () => {
      expect(
        problemsOf(
          makeSocialMap({ organisations: [makeOrganisation('jgz', { areas: ['Proefdorp'] })] }),
        ),
      ).toEqual([]);
      expect(
        problemsOf(
          makeSocialMap({ organisations: [makeOrganisation('jgz', { areas: ['Nergensdorp'] })] }),
        ),
      ).toEqual([
        `${ORG}: /areas/0: onbekende gemeente "Nergensdorp": niet in de regio (region.json)`,
      ]);
      expect(problemsOf(withService({ areas: ['Voorbeeldstad'] }))).toEqual([]);
      expect(problemsOf(withService({ areas: ['Proefdorp'] }))).toEqual([
        `${ORG}: /services/0/areas/0: onbekende gemeente "Proefdorp": niet in het werkgebied van de organisatie`,
      ]);
    });

    it('wants service ids unique within an organisation', () => {
      const twice = makeOrganisation('jgz', {
        services: [makeService('a'), makeService('b'), makeService('a')],
      });
      expect(problemsOf(makeSocialMap({ organisations: [twice], questions: [] }))).toEqual([
        `${ORG}: /services/2/id: dubbele dienst-id "a" (ook bij /services/0)`,
      ]);
    });

    it('wants the role of a service in roles.json, and found at that kind of organisation', () => {
      expect(problemsOf(withService({ role: 'jeugdarts' }))).toEqual([]);
      expect(problemsOf(withService({ role: 'tovenaar' }))).toEqual([
        `${ORG}: /services/0/role: onbekende rol "tovenaar" (niet in roles.json)`,
      ]);
      expect(problemsOf(withService({ role: 'huisarts' }))).toEqual([
        `${ORG}: /services/0/role: rol "huisarts" komt volgens roles.json niet voor bij een organisatie van soort "jgz"`,
      ]);
    });

    it('wants every referrer to be a known role', () => {
      expect(problemsOf(withService({ referredBy: ['huisarts'] }))).toEqual([]);
      expect(problemsOf(withService({ referredBy: ['huisarts', 'buurman'] }))).toEqual([
        `${ORG}: /services/0/referredBy/1: onbekende rol "buurman" (niet in roles.json)`,
      ]);
    });

    it('wants ages from low to high and each access kind once', () => {
      expect(problemsOf(withService({ ages: { from: 12, to: 12 } }))).toEqual([]);
      expect(problemsOf(withService({ ages: { from: 18, to: 12 } }))).toEqual([
        `${ORG}: /services/0/ages: leeftijd "van" (18) is hoger dan "tot" (12)`,
      ]);
      expect(problemsOf(withService({ access: ['tlv', 'tlv'] }))).toEqual([
        `${ORG}: /services/0/access/1: dubbele toegang "tlv" (ook bij /services/0/access/0)`,
      ]);
    });

    it('wants a way to reach every contact point, at a function address, not a person', () => {
      expect(
        problemsOf(
          withService({
            contactPoints: [makeContactPoint({ phone: undefined, email: 'aanmelden@jgz.example' })],
          }),
        ),
      ).toEqual([]);
      expect(
        problemsOf(
          withService({ contactPoints: [{ how: 'Vraag het maar', urgency: 'regulier' }] }),
        ),
      ).toEqual([
        `${ORG}: /services/0/contactPoints/0: een contactpunt heeft een telefoonnummer, e-mailadres of website nodig`,
      ]);
      expect(
        problemsOf(
          withService({ contactPoints: [makeContactPoint({ email: 'j.jansen@jgz.example' })] }),
        ),
      ).toEqual([
        `${ORG}: /services/0/contactPoints/0/email: lijkt een persoonlijk adres; gebruik een functieadres, bijv. aanmelden@…`,
      ]);
    });

    it('warns (but builds) when something was checked more than 12 months ago', () => {
      expect(
        problemsOf(
          withService({ verified: '2025-11-27', waitingTime: { weeks: 4, checked: '2025-11-27' } }),
        ),
      ).toEqual([]);
      const stale = makeOrganisation('jgz', {
        verified: '2025-11-26',
        services: [makeService('dienst', { waitingTime: { weeks: 4, checked: '2025-01-01' } })],
      });
      const result = validateSocialMap(
        toSource(makeSocialMap({ organisations: [stale] })),
        TERMS,
        TODAY,
      );
      expect(result.socialMap).not.toBeNull();
      expect(
        result.reports[0]!.problems.map((problem) => `${problem.severity} ${problem.path}`),
      ).toEqual(['warning /verified', 'warning /services/0/waitingTime/checked']);
    });

    it('keeps organisation ids valid and clear of the page names under /sociale-kaart/', () => {
      const named = (id: string) =>
        problemsOf(makeSocialMap({ organisations: [makeOrganisation(id)], questions: [] }));
      expect(named('jgz-noord')).toEqual([]);
      expect(named('visitekaartjes')).toEqual([
        'content/socialmap/organisations/visitekaartjes.json: /: "visitekaartjes" is de naam van een pagina van de sociale kaart; kies een andere bestandsnaam',
      ]);
      expect(named('voor-ouders')).toEqual([
        'content/socialmap/organisations/voor-ouders.json: /: "voor-ouders" is de naam van een pagina van de sociale kaart; kies een andere bestandsnaam',
      ]);
      expect(named('JGZ_Noord')[0]).toContain('is geen geldige id');
    });

    it('wants role ids unique and every role term in the glossary', () => {
      const roles = [
        makeRole('jeugdarts', { term: 'jeugdarts-gemeente' }),
        makeRole('huisarts', { organisationKinds: ['huisartsenpraktijk'] }),
      ];
      expect(problemsOf(makeSocialMap({ roles }))).toEqual([]);
      expect(problemsOf(makeSocialMap({ roles: [...roles, makeRole('jeugdarts')] }))).toEqual([
        'content/socialmap/roles.json: /roles/2/id: dubbele rol-id "jeugdarts" (ook bij /roles/0)',
      ]);
      expect(
        problemsOf(
          makeSocialMap({ roles: [makeRole('jeugdarts', { term: 'jeugdarts-ggz' }), roles[1]!] }),
        ),
      ).toEqual(['content/socialmap/roles.json: /roles/0/term: onbekend begrip "jeugdarts-ggz"']);
    });

    it('wants every step of a question to name a known role, organisation or service', () => {
      const Q = 'content/socialmap/questions/vraag.json';
      expect(
        problemsOf(
          withStep({
            organisation: undefined,
            service: undefined,
            roles: ['jeugdarts', 'huisarts'],
          }),
        ),
      ).toEqual([]);
      expect(problemsOf(withStep({ organisation: 'jgz', service: undefined }))).toEqual([]);
      expect(problemsOf(withStep({ organisation: undefined, service: undefined }))).toEqual([
        `${Q}: /firstStep: een stap noemt een rol ("roles") of een organisatie ("organisation")`,
      ]);
      expect(problemsOf(withStep({ roles: ['waarzegger'] }))).toEqual([
        `${Q}: /firstStep/roles/0: onbekende rol "waarzegger" (niet in roles.json)`,
      ]);
      expect(problemsOf(withStep({ organisation: 'ggz', service: undefined }))).toEqual([
        `${Q}: /firstStep/organisation: onbekende organisatie "ggz"`,
      ]);
      expect(problemsOf(withStep({ organisation: undefined }))).toEqual([
        `${Q}: /firstStep/service: een dienst hoort bij een organisatie: vul ook "organisation" in`,
      ]);
      expect(problemsOf(withStep({ service: 'spreekuur' }))).toEqual([
        `${Q}: /firstStep/service: "Organisatie jgz" heeft geen dienst "spreekuur"`,
      ]);
      const later = makeSocialMap({
        questions: [
          makeQuestion('vraag', {
            nextSteps: [makeStep(), makeStep({ organisation: 'ggz', service: undefined })],
          }),
        ],
      });
      expect(problemsOf(later)).toEqual([
        `${Q}: /nextSteps/1/organisation: onbekende organisatie "ggz"`,
      ]);
    });

    it('wants every glossary term of a question to exist', () => {
      expect(
        problemsOf(
          makeSocialMap({ questions: [makeQuestion('vraag', { terms: ['wijkteam-gemeente'] })] }),
        ),
      ).toEqual([]);
      expect(
        problemsOf(
          makeSocialMap({
            questions: [makeQuestion('vraag', { terms: ['wijkteam-gemeente', 'wijkteam-ggz'] })],
          }),
        ),
      ).toEqual([
        'content/socialmap/questions/vraag.json: /terms/1: onbekend begrip "wijkteam-ggz"',
      ]);
    });
  });
});
