import { describe, expect, it } from 'vitest';
import { PARENT_TEXTS } from '../../../src/core/parents/social-map-texts.ts';
import { codeTexts, routeTexts } from '../../../src/core/taal/parent-text-sources.ts';

describe('parent texts to check', () => {
  it('reads every text in a route step\'s forParents, or a field whose name starts with "parent"', () => {
    const route = {
      nodes: [
        { id: 'mentor', label: 'Mentor', forParents: 'U praat met de mentor.' },
        {
          id: 'ib',
          label: 'IB',
          parent: { asks: 'Wij vragen u iets.', consent: ['Zeg ja of nee.'] },
        },
        { id: 'zat', label: 'ZAT' },
      ],
    };
    expect(routeTexts(route, 'routes/x.json').map((text) => [text.where, text.text])).toEqual([
      ['routes/x.json: /nodes/0/forParents', 'U praat met de mentor.'],
      ['routes/x.json: /nodes/1/parent/asks', 'Wij vragen u iets.'],
      ['routes/x.json: /nodes/1/parent/consent/0', 'Zeg ja of nee.'],
    ]);
  });

  it('reads nothing from a file that is not a route', () => {
    expect(routeTexts('geen route', 'x.json')).toEqual([]);
    expect(routeTexts({ nodes: 'nee' }, 'x.json')).toEqual([]);
  });

  it('names a text in code by its module and id', () => {
    const [first] = codeTexts(PARENT_TEXTS, 'src/core/parents/social-map-texts.ts');
    expect(first?.where).toBe('src/core/parents/social-map-texts.ts: lead');
  });
});
