import { describe, expect, it } from 'vitest';
import { formatReports } from '../../src/build/format-reports.ts';
import { listGlossaryFiles, loadGlossary } from '../../src/build/load-glossary.ts';
import { labelsOf } from '../../src/core/glossary/glossary-search-index.ts';
import { searchKey } from '../../src/core/search-text.ts';

// The bundled glossary must stay valid and complete: the site is built from it.
const TODAY = '2026-11-27';
const { entries, reports } = loadGlossary(process.cwd(), TODAY);

const REQUIRED = [
  'eerste schil',
  'tweede schil',
  'ZAT',
  'MDO',
  'ondersteuningsteam',
  'POH-GGZ',
  'POH-jeugd',
  'JGGZ',
  'GGZ',
  'huisarts',
  'jeugdarts',
  'jeugdverpleegkundige',
  'JGZ',
  'CJG',
  'wijkteam',
  'SMW',
  'intern begeleider',
  'zorgcoördinator',
  'ondersteuningscoördinator',
  'mentor',
  'orthopedagoog',
  'OPP',
  'TLV',
  'samenwerkingsverband',
  'SOP',
  'basisondersteuning',
  'extra ondersteuning',
  'arrangement',
  'onderwijs-zorgarrangement',
  'integraal arrangeren',
  'zorgplicht',
  'HGW',
  'leerplichtambtenaar',
  'leerplicht',
  'thuiszitter',
  'verzuim',
  'MAZL',
  'Veilig Thuis',
  'meldcode',
  'verwijsindex',
  'jeugdhulp',
  'vrij toegankelijke hulp',
  'beschikking',
  'verwijzing',
  'regiebehandelaar',
  'intake',
  'behandelplan',
  'handelingsadvies',
  'belastbaarheid',
  'terugkoppeling',
  'toestemming',
  'AVG',
  'groeidocument',
  'PO',
  'SBO',
  'SO',
  'VO',
  'VSO',
  'MBO',
  'schoolnabije jeugdhulp',
  'lerende praktijk',
  'T-shaped professional',
];

describe('the bundled glossary', () => {
  it('has every file valid, without warnings', () => {
    expect(formatReports(reports)).toBe('');
    expect(entries).toHaveLength(listGlossaryFiles(process.cwd()).length);
  });

  it('has an entry for every term the glossary must explain', () => {
    const known = new Set(
      entries.flatMap((entry) => labelsOf(entry).map((l) => searchKey(l.text))),
    );
    expect(REQUIRED.filter((label) => !known.has(searchKey(label)))).toEqual([]);
  });

  it('explains at least twelve words per context where their meaning differs', () => {
    const contexts = new Map<string, number>();
    for (const entry of entries) contexts.set(entry.term, (contexts.get(entry.term) ?? 0) + 1);
    expect([...contexts.values()].filter((count) => count >= 2).length).toBeGreaterThanOrEqual(12);
  });
});
