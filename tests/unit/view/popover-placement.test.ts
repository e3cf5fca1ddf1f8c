import { describe, expect, it } from 'vitest';
import { placePopover } from '../../../src/view/glossary/use-popover-placement.ts';

const screen = { width: 1280, height: 800 };
const size = { width: 350, height: 300 };
const word = (left: number, top: number) => ({ left, top, right: left + 60, bottom: top + 20 });

describe('placePopover', () => {
  it('opens below the word, at its left edge, when there is room', () => {
    expect(placePopover(word(100, 100), size, screen)).toEqual({ left: 100, top: 124 });
  });

  it('opens above a word near the bottom of the window', () => {
    expect(placePopover(word(100, 700), size, screen)).toEqual({ left: 100, top: 396 });
  });

  it('moves left to stay inside the window', () => {
    expect(placePopover(word(1200, 100), size, screen).left).toBe(1280 - 8 - 350);
  });

  it('takes the roomier side and stays inside the window when it fits on neither', () => {
    const tall = { width: 350, height: 700 };
    expect(placePopover(word(100, 300), tall, screen)).toEqual({ left: 100, top: 92 });
    expect(placePopover(word(100, 500), tall, screen)).toEqual({ left: 100, top: 8 });
  });
});
