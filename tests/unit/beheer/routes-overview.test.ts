import { describe, expect, it } from 'vitest';
import {
  type OverviewRow,
  filterRows,
  overviewCsv,
  sortRows,
} from '../../../src/core/beheer/route-overview.ts';
import { routeFreshness } from '../../../src/core/route/freshness.ts';

const row = (
  name: string,
  verified: string,
  overrides: Partial<OverviewRow> = {},
): OverviewRow => ({
  slug: name.toLowerCase().replace(/\W+/g, '-'),
  url: `/school/${name.toLowerCase().replace(/\W+/g, '-')}`,
  name,
  kind: 'school',
  verified,
  maintainer: 'zorgcoördinator',
  ...overrides,
});

const TODAY = '2026-12-02';
const rows = [
  row('De Regenboog', '2026-10-14'),
  row('Het College', '2025-11-01', { maintainer: 'intern begeleider' }),
  row('Voorbeeld po', '2026-01-20', { kind: 'template' }),
];

describe('how fresh a route is', () => {
  it('is "binnenkort" after 10 months and "verouderd" after 12, on the day given', () => {
    expect(routeFreshness('2026-02-02', TODAY)).toBe('actueel');
    expect(routeFreshness('2026-02-01', TODAY)).toBe('binnenkort');
    expect(routeFreshness('2025-12-02', TODAY)).toBe('binnenkort');
    expect(routeFreshness('2025-12-01', TODAY)).toBe('verouderd');
    // The same route a year later, without a rebuild: the browser passes its own date.
    expect(routeFreshness('2026-10-14', '2027-10-15')).toBe('verouderd');
  });
});

describe('the beheer overview', () => {
  it('sorts by any column, both ways', () => {
    expect(sortRows(rows, 'verified', 'ascending').map((r) => r.name)).toEqual([
      'Het College',
      'Voorbeeld po',
      'De Regenboog',
    ]);
    expect(sortRows(rows, 'name', 'descending').map((r) => r.name)).toEqual([
      'Voorbeeld po',
      'Het College',
      'De Regenboog',
    ]);
    expect(sortRows(rows, 'maintainer', 'ascending')[0]!.name).toBe('Het College');
  });

  it('filters by words, status and kind', () => {
    const all = { query: '', freshness: 'alle', kind: 'alle' } as const;
    expect(filterRows(rows, { ...all, freshness: 'verouderd' }, TODAY).map((r) => r.name)).toEqual([
      'Het College',
    ]);
    expect(filterRows(rows, { ...all, freshness: 'binnenkort' }, TODAY).map((r) => r.name)).toEqual(
      ['Voorbeeld po'],
    );
    expect(filterRows(rows, { ...all, kind: 'template' }, TODAY)).toHaveLength(1);
    expect(filterRows(rows, { ...all, query: 'intern COLLEGE' }, TODAY).map((r) => r.name)).toEqual(
      ['Het College'],
    );
  });

  it('writes CSV that a spreadsheet reads back cell by cell, with formulas defused', () => {
    const csv = overviewCsv(
      [
        row('Kind; "Co"', '2025-01-01', {
          maintainer: '=HYPERLINK("x")',
          maintainerEmail: 'zorg@kind.example',
        }),
      ],
      TODAY,
      'https://routekaart.example',
    );
    const [header, line] = csv.split('\r\n');
    expect(header).toBe(
      'school of route;soort;gecontroleerd op;status;bijgehouden door;e-mailadres;adres',
    );
    expect(line).toBe(
      '"Kind; ""Co""";school;2025-01-01;verouderd;"\'=HYPERLINK(""x"")";zorg@kind.example;https://routekaart.example/school/kind-co-',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
