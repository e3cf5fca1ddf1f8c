import { describe, expect, it } from 'vitest';
import { markNodeTerms } from '../../../src/core/glossary/route-terms.ts';
import { createTermMatcher, splitByTerms } from '../../../src/core/glossary/term-mentions.ts';
import { makeNode } from '../factories.ts';
import { makeAbbreviation, makeEntry } from '../glossary-factories.ts';

const matcher = createTermMatcher([
  makeAbbreviation('MDO', 'multidisciplinair overleg'),
  makeAbbreviation('SO', 'speciaal onderwijs'),
  makeAbbreviation('GGZ', 'geestelijke gezondheidszorg', 'ggz'),
  makeAbbreviation('POH-GGZ', 'praktijkondersteuner ggz', 'huisartsenzorg'),
  makeEntry('intern-begeleider', 'onderwijs', {
    prefLabel: 'intern begeleider',
    abbreviations: [{ abbr: "IB'er", expansion: 'intern begeleider' }],
    altLabels: ['begeleider op school'],
  }),
]);

const mentions = (text: string) =>
  splitByTerms(text, matcher)
    .filter((segment) => segment.term)
    .map((segment) => `${segment.text}→${segment.term}`);

describe('finding glossary words in route texts', () => {
  it('finds abbreviations case-sensitively and as whole words only', () => {
    expect(mentions('Het MDO en het SO, maar niet so of MDOs.')).toEqual(['MDO→mdo', 'SO→so']);
  });

  it('also finds abbreviations of three or more capitals written in lower case', () => {
    expect(mentions('Eerst de ggz, later het mdo; niet mdos.')).toEqual(['ggz→ggz', 'mdo→mdo']);
  });

  it('finds labels whatever the case of their first letter, but not alternative labels', () => {
    expect(
      mentions("Intern begeleider, de intern begeleider, de IB'er, de begeleider op school."),
    ).toEqual([
      'Intern begeleider→intern-begeleider',
      'intern begeleider→intern-begeleider',
      "IB'er→intern-begeleider",
    ]);
  });

  it('prefers the longest word, so POH-GGZ is not a mention of GGZ', () => {
    expect(mentions('Vraag de POH-GGZ of de GGZ.')).toEqual(['POH-GGZ→poh-ggz', 'GGZ→ggz']);
  });

  it('keeps the text intact around the mentions', () => {
    const text = 'Plan een MDO met ouders.';
    expect(
      splitByTerms(text, matcher)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
  });

  it('marks only the first mention of a word in a node, and lists words in its label apart', () => {
    const node = makeNode('mdo', {
      label: 'MDO met de GGZ',
      description: 'In het MDO praat de intern begeleider mee.',
      who: 'Intern begeleider en ouders.',
    });
    const { labelTerms, texts } = markNodeTerms(node, matcher);
    const marked = (field: keyof typeof texts) =>
      texts[field].filter((segment) => segment.term).map((segment) => segment.text);
    expect(labelTerms).toEqual(['mdo', 'ggz']);
    expect([marked('description'), marked('who'), marked('when')]).toEqual([
      ['MDO', 'intern begeleider'],
      [],
      [],
    ]);
  });
});
