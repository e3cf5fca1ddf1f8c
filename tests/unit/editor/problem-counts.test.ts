import { describe, expect, it } from 'vitest';
import { countProblems, countsText } from '../../../src/view/editor/problem-counts.ts';

describe('problem counts', () => {
  it('counts each kind and names only the kinds there are', () => {
    const counts = countProblems([
      { path: '/title', message: 'x', severity: 'error' },
      { path: '/maintainer', message: 'nog invullen', severity: 'todo' },
      { path: '/school/name', message: 'nog invullen', severity: 'todo' },
      { path: '/nodes/0', message: 'y', severity: 'warning' },
    ]);
    expect(counts).toEqual({ errors: 1, todo: 2, warnings: 1 });
    expect(countsText(counts)).toBe('1 fout, 2 nog invullen, 1 waarschuwing');
    expect(countsText(counts, false)).toBe('1 fout, 2 nog invullen');
    expect(countsText({ errors: 2, todo: 0, warnings: 3 })).toBe('2 fouten, 3 waarschuwingen');
    expect(countsText({ errors: 0, todo: 0, warnings: 0 })).toBe('');
  });
});
