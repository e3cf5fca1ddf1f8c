import { describe, expect, it } from 'vitest';
import { feedbackTarget } from '../../../src/view/reading/feedback-target.ts';
import { makeRoute } from '../factories.ts';
import { makeSite } from '../site-factories.ts';

describe('whom a reader’s remark about a route goes to', () => {
  it('is the route’s own function address when it names one', () => {
    const route = makeRoute({
      kind: 'school',
      school: { name: 'De Linde', municipality: 'Proefdorp' },
      maintainer: 'zorgcoördinator',
      maintainerEmail: 'zorg@delinde.example',
    });
    expect(feedbackTarget(route, makeSite())).toEqual({
      to: 'zorg@delinde.example',
      who: 'de zorgcoördinator van De Linde (zorg@delinde.example)',
    });
  });

  it('is the beheerder for a route without one (files from before the field existed)', () => {
    expect(feedbackTarget(makeRoute(), makeSite()).to).toBe('routekaart@swv-test.example');
  });
});
