import { describe, expect, it } from 'vitest';
import {
  B1_TARGETS,
  checkB1,
  describeFailure,
  groupFigures,
} from '../../../src/core/taal/b1-check.ts';
import { type JargonTerm, jargonTerms } from '../../../src/core/taal/jargon.ts';
import { fleschDouma, measureReadability } from '../../../src/core/taal/readability.ts';
import { splitSentences, wordsOf } from '../../../src/core/taal/sentences.ts';
import { countSyllables } from '../../../src/core/taal/syllables.ts';

const POH: JargonTerm = {
  id: 'poh-ggz-huisartsenzorg',
  term: 'poh-ggz',
  labels: ['POH-GGZ', 'praktijkondersteuner ggz'],
  plain: ['praktijkondersteuner bij de huisarts'],
};
const text = (value: string, ownTerm?: string) => ({
  where: 'test.json: /tekst',
  group: 'test',
  text: value,
  ...(ownTerm !== undefined && { ownTerm }),
});

describe('syllables from Dutch hyphenation patterns', () => {
  it.each([
    ['kind', 1],
    ['school', 1],
    ['mentor', 2],
    ['leerkracht', 2],
    ['huisarts', 2],
    ['kinderen', 3],
    ['verzorgers', 3],
    ['ondersteuningsroute', 6],
    ['zorgcoördinator', 6],
  ])('"%s" has %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('counts a vowel at a word edge the patterns leave unsplit ("idee", "eten")', () => {
    expect(countSyllables('idee')).toBe(2);
    expect(countSyllables('eten')).toBe(2);
  });

  it('counts a number or an abbreviation as at least one', () => {
    expect(countSyllables('112')).toBe(1);
  });
});

describe('sentences and words', () => {
  it('ends a sentence before a capital, not at "bijv." or inside a time', () => {
    expect(
      splitSentences('Bel bijv. de mentor tussen 8.30 en 9.00 uur. Daarna de huisarts! Klaar?'),
    ).toEqual(['Bel bijv. de mentor tussen 8.30 en 9.00 uur.', 'Daarna de huisarts!', 'Klaar?']);
  });

  it('reads "POH-GGZ" as one word and skips lone punctuation', () => {
    expect(wordsOf('De POH-GGZ – zo heet dat – helpt.')).toEqual([
      'De',
      'POH-GGZ',
      'zo',
      'heet',
      'dat',
      'helpt',
    ]);
  });
});

describe('Flesch–Douma', () => {
  it('is 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence', () => {
    expect(fleschDouma(10, 2, 15)).toBeCloseTo(206.84 - 0.77 * 150 - 0.93 * 5, 5);
  });

  it('measures a text: words, sentences, the longest sentence', () => {
    const figures = measureReadability('Praat met de mentor. Die kent uw kind goed.');
    expect(figures.words).toBe(9);
    expect(figures.sentences).toHaveLength(2);
    expect(figures.averageSentence).toBe(4.5);
    expect(figures.longest?.text).toBe('Die kent uw kind goed.');
  });
});

describe('the B1 check of a parent text', () => {
  it('passes a short plain text', () => {
    const result = checkB1(
      text('Praat eerst met de mentor. Die ziet uw kind elke dag. Samen kijkt u wat helpt.'),
      [POH],
    );
    expect(result.failures).toEqual([]);
    expect(result.figures.fleschDouma).toBeGreaterThanOrEqual(B1_TARGETS.fleschDouma);
  });

  it('fails a long jargon sentence on length, reading ease and the unexplained word', () => {
    const sentence =
      'De eigen huisarts is de eerste stap bij psychische klachten en zet, wanneer dat geïndiceerd is, de POH-GGZ in of verwijst naar specialistische jeugd-GGZ met een beschikking.';
    const kinds = checkB1(text(sentence), [POH]).failures.map((failure) => failure.kind);
    expect(kinds).toEqual(['average', 'long-sentence', 'flesch-douma', 'jargon']);
  });

  it('prints where the problem is, with the sentence', () => {
    const [failure] = checkB1(text('Ga naar de POH-GGZ.'), [POH]).failures;
    expect(describeFailure(failure!)).toBe(
      'vakwoord "POH-GGZ" zonder uitleg (begrip poh-ggz-huisartsenzorg): "Ga naar de POH-GGZ."',
    );
  });

  it('accepts jargon with its plain explanation: in brackets, after a colon, or a preferred phrase', () => {
    for (const explained of [
      'Ga naar de POH-GGZ (een hulpverlener bij de huisarts).',
      'Ga naar de POH-GGZ: een hulpverlener bij de huisarts.',
      'Ga naar de hulpverlener bij de huisarts (de POH-GGZ).',
      'Ga naar de praktijkondersteuner bij de huisarts. Die heet ook wel de POH-GGZ.',
      'Ga naar een hulpverlener bij de huisarts, de POH-GGZ.',
    ])
      expect(checkB1(text(explained), [POH]).failures, explained).toEqual([]);
  });

  it('does not take a word in a list for an apposition', () => {
    expect(checkB1(text('De huisarts helpt, de POH-GGZ ook.'), [POH]).failures).toHaveLength(1);
  });

  it('lets a glossary explanation name its own term', () => {
    expect(checkB1(text('De POH-GGZ helpt bij de huisarts.', 'poh-ggz'), [POH]).failures).toEqual(
      [],
    );
  });

  it('accepts jargon explained once, by a definition or by the next sentence', () => {
    for (const explained of [
      'De POH-GGZ is een hulpverlener bij de huisarts. Ga naar de POH-GGZ.',
      'Soms is de POH-GGZ nodig. Dat is een hulpverlener bij de huisarts.',
    ])
      expect(checkB1(text(explained), [POH]).failures, explained).toEqual([]);
    expect(checkB1(text('De POH-GGZ is er voor u.'), [POH]).failures).toHaveLength(1);
  });

  it('judges reading ease from ten words on, so a short label with one long word passes', () => {
    const label = checkB1(text('Mijn contactpersonen'), []);
    expect(label.figures.fleschDouma).toBeLessThan(B1_TARGETS.fleschDouma);
    expect(label.failures).toEqual([]);
  });

  it('reports an empty text', () => {
    expect(checkB1(text(''), []).failures).toEqual([{ kind: 'empty' }]);
  });
});

describe('jargon terms from the glossary', () => {
  it('takes only entries marked as jargon for parents, with their labels and plain phrases', () => {
    const terms = jargonTerms([
      {
        id: 'opp-onderwijs',
        term: 'opp',
        prefLabel: 'OPP',
        abbreviations: [{ abbr: 'OPP', expansion: 'ontwikkelingsperspectiefplan' }],
        parentWording: { prefer: ['plan voor uw kind'], jargon: true },
      },
      { id: 'mentor-onderwijs', term: 'mentor', prefLabel: 'mentor' },
    ]);
    expect(terms).toEqual([
      {
        id: 'opp-onderwijs',
        term: 'opp',
        labels: ['OPP', 'ontwikkelingsperspectiefplan'],
        plain: ['plan voor uw kind'],
      },
    ]);
  });

  it('matches an abbreviation in capitals only, and whole words only', () => {
    const [opp] = jargonTerms([
      { id: 'opp', term: 'opp', prefLabel: 'OPP', parentWording: { jargon: true } },
    ]);
    expect(checkB1(text('Het oppervlak is opp groot.'), [opp!]).failures).toEqual([]);
    expect(checkB1(text('Er komt een OPP.'), [opp!]).failures).toHaveLength(1);
  });
});

describe('figures per group', () => {
  it('counts texts and failures, and takes reading ease from texts long enough to judge', () => {
    const long = 'Praat eerst met de mentor. Die ziet uw kind bijna elke dag op school.';
    const results = [
      checkB1({ ...text(long), group: 'a' }, []),
      checkB1({ ...text('Mijn contactpersonen'), group: 'a' }, []),
      checkB1({ ...text('Ga naar de POH-GGZ.'), group: 'b' }, [POH]),
    ];
    const [a, b] = groupFigures(results);
    expect(a).toMatchObject({ group: 'a', texts: 2, failed: 0, longestSentence: 9 });
    expect(a?.lowestFleschDouma).toBeCloseTo(results[0]!.figures.fleschDouma, 5);
    expect(b).toMatchObject({ group: 'b', texts: 1, failed: 1, lowestFleschDouma: null });
  });
});
