import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../../../src/core/route-schema';
import {
  BADGE_GAP,
  BADGE_LINE_HEIGHT,
  EDGE_LABEL_FONT_SIZE,
  EDGE_LABEL_PADDING,
  edgeLabelSize,
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  limitLines,
  NODE_KIND_LABELS,
  NODE_MAX_LINES,
  NODE_MAX_WIDTH,
  NODE_MIN_WIDTH,
  nodePadding,
  nodeSize,
  textWidth,
  wrapText,
} from '../../../src/layout/measure';
import { randomRoute, sampleSchoolRoute } from './route-fixtures';

const LONG_WORD = 'samenwerkingsverbandondersteuningsplanraadsvergadering';
const LABELS = [
  ...sampleSchoolRoute().nodes.map((node) => node.label),
  ...randomRoute(40, 7).nodes.map((node) => node.label),
  `Aanvraag ${LONG_WORD} bij het loket`,
  'Een heel lang label dat zeker niet op drie regels past omdat het tachtig tekens heeft',
];

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

describe('nodeSize', () => {
  it('sizes every kind and label within the bounds, with text that fits inside the padding', () => {
    for (const kind of NODE_KINDS) {
      for (const label of LABELS) {
        const size = nodeSize({ kind, label });
        const padding = nodePadding(kind);
        expect(size.width).toBeGreaterThanOrEqual(NODE_MIN_WIDTH);
        expect(size.width).toBeLessThanOrEqual(NODE_MAX_WIDTH);
        expect(size.lines.length).toBeGreaterThanOrEqual(1);
        expect(size.lines.length).toBeLessThanOrEqual(NODE_MAX_LINES);
        for (const line of size.lines)
          expect(textWidth(line, LABEL_FONT_SIZE)).toBeLessThanOrEqual(size.width - 2 * padding.x);
        expect(size.height).toBe(
          2 * padding.y + BADGE_LINE_HEIGHT + BADGE_GAP + size.lines.length * LABEL_LINE_HEIGHT,
        );
      }
    }
  });

  it('gives a short label the minimum width and one line', () => {
    expect(nodeSize({ kind: 'role', label: 'Mentor' })).toEqual({
      width: NODE_MIN_WIDTH,
      height: expect.any(Number),
      lines: ['Mentor'],
    });
  });

  it('cuts a label that needs more than three lines with an ellipsis', () => {
    const { lines } = nodeSize({ kind: 'step', label: LABELS.at(-1) ?? '' });
    expect(lines).toHaveLength(NODE_MAX_LINES);
    expect(lines.at(-1)?.endsWith('…')).toBe(true);
  });

  it('gives the octagon kinds (decision, consent) more room around the same text', () => {
    const label = 'Gesprek met leerling en ouders';
    expect(nodeSize({ kind: 'decision', label }).height).toBeGreaterThan(
      nodeSize({ kind: 'step', label }).height,
    );
    expect(nodePadding('consent').x).toBeGreaterThan(nodePadding('role').x);
  });

  it('has a Dutch badge for every kind that fits the widest box', () => {
    for (const kind of NODE_KINDS) {
      expect(NODE_KIND_LABELS[kind].length).toBeGreaterThan(0);
      expect(textWidth(NODE_KIND_LABELS[kind], 12)).toBeLessThanOrEqual(
        NODE_MAX_WIDTH - 2 * nodePadding(kind).x,
      );
    }
    expect(NODE_KIND_LABELS.service).toBe('Partner buiten school');
  });
});

describe('edgeLabelSize', () => {
  it('wraps into at most two lines and holds them with padding', () => {
    for (const label of [
      'ja',
      'leefvraag',
      'bij zorgen over de veiligheid van het kind thuis of op school',
    ]) {
      const size = edgeLabelSize(label);
      expect(size.lines.length).toBeGreaterThanOrEqual(1);
      expect(size.lines.length).toBeLessThanOrEqual(2);
      for (const line of size.lines)
        expect(
          textWidth(line, EDGE_LABEL_FONT_SIZE) + 2 * EDGE_LABEL_PADDING.x,
        ).toBeLessThanOrEqual(size.width);
    }
  });
});
