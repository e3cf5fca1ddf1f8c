import { describe, expect, it } from 'vitest';
import { combineScans, improvementElements } from '../../../src/core/samenwerken/combine-scans.ts';
import { makeScan } from './scan-factories.ts';

describe('combining several people’s scans', () => {
  const scans = [
    makeScan(
      { communicatie: 'gaat-goed', effecten: 'kan-beter', randvoorwaarden: 'kan-beter' },
      { respondent: 'intern begeleider' },
    ),
    makeScan({
      communicatie: ['kan-beter', 'Wijkteam is slecht bereikbaar'],
      effecten: 'kan-beter',
    }),
    makeScan(
      {
        communicatie: 'gaat-goed',
        effecten: 'weten-we-niet',
        betrokkenheid: 'niet-van-toepassing',
      },
      { respondent: 'jeugdverpleegkundige', partnership: 'De Linde met wijkteam Noord ' },
    ),
  ];
  const combined = combineScans(scans);
  const at = (id: string) => combined.elements.find((item) => item.element === id)!;

  it('counts the scores per element and keeps who wrote which note', () => {
    expect(combined.scans).toBe(3);
    expect(combined.respondents).toEqual([
      'intern begeleider',
      'Deelnemer 2',
      'jeugdverpleegkundige',
    ]);
    expect(at('communicatie').counts).toEqual({
      'gaat-goed': 2,
      'kan-beter': 1,
      'weten-we-niet': 0,
      'niet-van-toepassing': 0,
    });
    expect(at('communicatie').notes).toEqual([
      { by: 'Deelnemer 2', note: 'Wijkteam is slecht bereikbaar' },
    ]);
    expect(at('randvoorwaarden').unanswered).toBe(2);
  });

  it('marks disagreement where one says it goes well and another that it can be better', () => {
    expect(at('communicatie')).toMatchObject({ disagreement: true, verdict: 'verdeeld' });
    expect(at('effecten')).toMatchObject({ disagreement: false, verdict: 'verbeterpunt' });
    expect(at('betrokkenheid').verdict).toBe('niet-van-toepassing');
    expect(at('vertrouwen-en-respect').verdict).toBe('open');
    expect(combineScans([makeScan({ effecten: 'weten-we-niet' })]).elements.at(-1)!.verdict).toBe(
      'onbekend',
    );
  });

  it('treats partnership names alike when they differ only in spaces', () => {
    expect(combined.partnerships).toEqual(['De Linde met wijkteam Noord']);
  });

  it('offers every "kan beter" element for a plan, most named first', () => {
    expect(improvementElements(combined).map((item) => item.element)).toEqual([
      'effecten',
      'randvoorwaarden',
      'communicatie',
    ]);
  });
});
