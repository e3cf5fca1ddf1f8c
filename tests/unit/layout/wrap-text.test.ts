import { describe, expect, it } from 'vitest';
import { LABEL_FONT_SIZE, limitLines, textWidth, wrapText } from '../../../src/layout/measure.ts';
import { SAMPLE_LABELS as LABELS, LONG_WORD } from './sample-labels.ts';

describe('textWidth', () => {
  it('is zero for no text and grows with every character', () => {
    expect(textWidth('', 14)).toBe(0);
    expect(textWidth('Mentor', 14)).toBeGreaterThan(textWidth('Mento', 14));
  });

  it('knows narrow from wide letters and scales with the font size', () => {
    expect(textWidth('WWWW', 14)).toBeGreaterThan(2 * textWidth('iiii', 14));
    expect(textWidth('Intern begeleider', 28)).toBeCloseTo(
      2 * textWidth('Intern begeleider', 14),
      6,
    );
  });

  it('measures bold text wider than regular text', () => {
    expect(textWidth('Buiten school', 14, 'bold')).toBeGreaterThan(
      textWidth('Buiten school', 14) * 1.05,
    );
  });

  it('measures accented Dutch letters like their base letter', () => {
    expect(textWidth('coördinator', 14)).toBe(textWidth('coordinator', 14));
    expect(textWidth('één', 12)).toBe(textWidth('een', 12));
  });

  it('is conservative: at least an average sans-serif width for ordinary text', () => {
    // Real UI fonts average about 0.5 em per character in Dutch text.
    const text = 'Zorg- en adviesteam bespreekt de hulpvraag';
    expect(textWidth(text, 14)).toBeGreaterThanOrEqual(text.length * 14 * 0.5);
  });
});

describe('wrapText', () => {
  const widths = [30, 60, 100, 150, 196];

  it('never returns a line wider than maxWidth, except a single character that is wider itself', () => {
    for (const text of LABELS) {
      for (const maxWidth of widths) {
        for (const line of wrapText(text, maxWidth, LABEL_FONT_SIZE)) {
          if ([...line].length > 1)
            expect(
              textWidth(line, LABEL_FONT_SIZE),
              `"${line}" at ${maxWidth}`,
            ).toBeLessThanOrEqual(maxWidth);
        }
      }
    }
  });

  it('loses no text: the lines hold every non-space character in order', () => {
    for (const text of LABELS) {
      for (const maxWidth of widths) {
        expect(wrapText(text, maxWidth, LABEL_FONT_SIZE).join('').replace(/\s/g, '')).toBe(
          text.replace(/\s/g, ''),
        );
      }
    }
  });

  it('fills lines greedily: the next line’s first word would not have fitted', () => {
    for (const text of LABELS) {
      const lines = wrapText(text, 150, LABEL_FONT_SIZE);
      lines.slice(1).forEach((line, index) => {
        const nextWord = line.split(' ')[0] ?? '';
        expect(textWidth(`${lines[index]} ${nextWord}`, LABEL_FONT_SIZE)).toBeGreaterThan(150);
      });
    }
  });

  it('breaks on spaces and keeps a short text on one line', () => {
    expect(wrapText('Intern begeleider', 500, LABEL_FONT_SIZE)).toEqual(['Intern begeleider']);
    expect(
      wrapText('Intern begeleider', textWidth('begeleider', LABEL_FONT_SIZE), LABEL_FONT_SIZE),
    ).toEqual(['Intern', 'begeleider']);
  });

  it('hard-breaks a word longer than a line, after a hyphen when there is one', () => {
    const pieces = wrapText(LONG_WORD, 80, LABEL_FONT_SIZE);
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toBe(LONG_WORD);
    const hyphenated = wrapText(
      'ondersteunings-arrangementen',
      textWidth('ondersteunings-arr', LABEL_FONT_SIZE),
      LABEL_FONT_SIZE,
    );
    expect(hyphenated[0]).toBe('ondersteunings-');
  });

  it('returns no lines for empty or blank text', () => {
    expect(wrapText('', 100, LABEL_FONT_SIZE)).toEqual([]);
    expect(wrapText('   ', 100, LABEL_FONT_SIZE)).toEqual([]);
  });
});

describe('limitLines', () => {
  it('keeps short text as is and ends cut text with an ellipsis that still fits', () => {
    expect(limitLines(['a', 'b'], 3, 100, 14)).toEqual(['a', 'b']);
    const cut = limitLines(
      ['een twee drie', 'vier vijf zes', 'zeven acht negen', 'tien'],
      3,
      textWidth('zeven acht negen', 14),
      14,
    );
    expect(cut).toHaveLength(3);
    expect(cut[2]?.endsWith('…')).toBe(true);
    expect(textWidth(cut[2] ?? '', 14)).toBeLessThanOrEqual(textWidth('zeven acht negen', 14));
  });
});
