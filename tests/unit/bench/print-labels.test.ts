import { describe, expect, it } from 'vitest';
import {
  chartLabelsOnPage,
  occurrences,
  splitPages,
} from '../../../scripts/readability/print-labels.ts';

describe('chart labels on a printed page', () => {
  const labels = [
    { id: 'aanbod', texts: ['Ondersteuningsaanbod school', 'Ondersteuningsaanbod school'] },
    { id: 'opp', texts: ['OPP (ontwikkelings…', 'OPP (ontwikkelingsperspectief)'] },
    { id: 'zat', texts: ['', 'ZAT (zorg- en adviesteam)'] },
  ];
  const page = 'Stap\nOndersteuningsaanbod\nschool Document\nOPP (ontwikkelings…\n';

  it('finds labels drawn over several lines or shortened, whatever the line breaks', () => {
    expect(chartLabelsOnPage(page, 'Stap\nDocument\n', labels)).toEqual(['aanbod', 'opp']);
  });

  it('does not count the same words elsewhere on the page', () => {
    const intro = 'Het ZAT (zorg- en adviesteam) komt elke week bijeen.';
    expect(chartLabelsOnPage(intro, intro, labels)).toEqual([]);
    expect(chartLabelsOnPage(`${intro}\nZAT (zorg- en\nadviesteam)`, intro, labels)).toEqual([
      'zat',
    ]);
  });

  it('reads ligatures and soft hyphens as plain text', () => {
    expect(chartLabelsOnPage('ZAT (zorg- en advies\u00adteam)', '', labels)).toEqual(['zat']);
    expect(chartLabelsOnPage('ﬁle', '', [{ id: 'x', texts: ['file'] }])).toEqual(['x']);
  });

  it('does not match an empty text or different capitals', () => {
    expect(chartLabelsOnPage('de mentor', '', [{ id: 'm', texts: ['', 'Mentor'] }])).toEqual([]);
  });

  it('counts occurrences without overlap', () => {
    expect(occurrences('aaaa', 'aa')).toBe(2);
    expect(occurrences('abc', '')).toBe(0);
  });

  it('splits pdftotext output into pages at form feeds', () => {
    expect(splitPages('een\ftwee\fdrie\f')).toEqual(['een', 'twee', 'drie']);
    expect(splitPages('alleen')).toEqual(['alleen']);
  });
});
