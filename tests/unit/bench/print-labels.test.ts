import { describe, expect, it } from 'vitest';
import { labelsOnPage, splitPages } from '../../../scripts/readability/print-labels.ts';

describe('step labels on a printed page', () => {
  const labels = [
    { id: 'aanbod', texts: ['Ondersteuningsaanbod school', 'Ondersteuningsaanbod school'] },
    { id: 'opp', texts: ['OPP (ontwikkelings…', 'OPP (ontwikkelingsperspectief)'] },
    { id: 'zat', texts: ['', 'ZAT (zorg- en adviesteam)'] },
  ];

  it('finds labels drawn over several lines or shortened, whatever the line breaks', () => {
    const page = 'Stap\nOndersteuningsaanbod\nschool Document\nOPP (ontwikkelings…\n';
    expect(labelsOnPage(page, labels)).toEqual(['aanbod', 'opp']);
  });

  it('reads ligatures and soft hyphens as plain text', () => {
    expect(labelsOnPage('ZAT (zorg- en advies\u00adteam)', labels)).toEqual(['zat']);
    expect(labelsOnPage('ﬁle', [{ id: 'x', texts: ['file'] }])).toEqual(['x']);
  });

  it('does not match an empty text or different capitals', () => {
    expect(labelsOnPage('de mentor', [{ id: 'mentor', texts: ['', 'Mentor'] }])).toEqual([]);
  });

  it('splits pdftotext output into pages at form feeds', () => {
    expect(splitPages('een\ftwee\fdrie\f')).toEqual(['een', 'twee', 'drie']);
    expect(splitPages('alleen')).toEqual(['alleen']);
  });
});
