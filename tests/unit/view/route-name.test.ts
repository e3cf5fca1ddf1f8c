import { describe, expect, it } from 'vitest';
import { routeDisplayName, routeShortName } from '../../../src/view/components/route-name.ts';

const school = (name: string, title: string) => ({
  title,
  school: { name, municipality: 'Voorbeeldstad' },
});

describe('the name a route goes by in titles and headings', () => {
  it('does not repeat a school name its title already gives, whatever its capitals', () => {
    expect(
      routeDisplayName(
        school('Vso De Kompasroos', 'Ondersteuningsroute Vso De Kompasroos (fictief)'),
      ),
    ).toBe('Ondersteuningsroute Vso De Kompasroos (fictief)');
    expect(
      routeDisplayName(school('VSO De Kompasroos', 'Ondersteuningsroute vso De Kompasroos')),
    ).toBe('Ondersteuningsroute vso De Kompasroos');
  });

  it('puts the school name before a title that does not give it', () => {
    expect(routeDisplayName(school('Basisschool De Linde', 'Ondersteuningsroute'))).toBe(
      'Basisschool De Linde: Ondersteuningsroute',
    );
  });

  it('uses a template’s or care route’s own title', () => {
    const template = { title: 'Zo werkt het op de meeste basisscholen' };
    expect(routeDisplayName(template)).toBe(template.title);
    expect(routeShortName(template)).toBe(template.title);
  });
});
