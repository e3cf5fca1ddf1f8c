import { describe, expect, it } from 'vitest';
import { formatReports } from '../../../src/build/format-reports.ts';
import { loadSamenwerken, samenwerkenRefs } from '../../../src/build/load-samenwerken.ts';
import { loadContentRefs, loadRoutes } from '../../../src/build/load-routes.ts';

const TODAY = '2026-11-27';
const root = process.cwd();
const { samenwerken, reports } = loadSamenwerken(
  root,
  samenwerkenRefs(loadRoutes(root, TODAY).routes, loadContentRefs(root).terms),
);

describe('the bundled samenwerken content', () => {
  it('is valid, without warnings', () => {
    expect(formatReports(reports)).toBe('');
    expect(samenwerken).not.toBeNull();
  });

  it('has the variants of bijlage 2 for po, vo and mbo, and integraal arrangeren', () => {
    const practices = samenwerken!.forms.forms.flatMap((form) => form.practices);
    const titles = practices.map((practice) => practice.title.toLowerCase());
    for (const name of [
      'school als werkplaats',
      'jeugdprofessional komt naar school',
      'schoolmaatschappelijk werker als spil',
      'wijkteam werkt op school',
      'commissie van begeleiding in het speciaal onderwijs',
      'vo-team',
      'mbo-team',
      'integraal arrangeren',
      'onderwijs-zorgarrangement',
    ])
      expect(
        titles.some((title) => title.includes(name)),
        name,
      ).toBe(true);
    for (const sector of ['po', 'vo', 'mbo'])
      expect(practices.filter((practice) => practice.sector === sector).length).toBeGreaterThan(1);
  });

  it('credits NJi, Met Andere Ogen and Verwey-Jonker', () => {
    const publishers = [
      ...samenwerken!.elements.sources,
      ...samenwerken!.forms.sources,
      ...samenwerken!.plan.sources,
    ].map((source) => source.publisher);
    expect(publishers.join(' | ')).toMatch(/NJi/);
    expect(publishers.join(' | ')).toMatch(/Met Andere Ogen/);
    expect(publishers.join(' | ')).toMatch(/Verwey-Jonker/);
  });
});
