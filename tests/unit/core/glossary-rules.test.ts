import { describe, expect, it } from 'vitest';
import {
  type GlossaryFile,
  checkGlossaryRules,
} from '../../../src/core/glossary/glossary-rules.ts';
import type { GlossaryEntry } from '../../../src/core/glossary/glossary-schema.ts';
import { makeEntry } from '../glossary-factories.ts';

const TODAY = '2026-11-27';

const file = (entry: GlossaryEntry, name = entry.id): GlossaryFile => ({ name, entry });

function problems(...files: GlossaryFile[]) {
  return Object.fromEntries(
    [...checkGlossaryRules(files, TODAY)].map(([name, list]) => [
      name,
      list.map((problem) => `${problem.path}: ${problem.message}`),
    ]),
  );
}

describe('rules across the glossary', () => {
  it('accepts entries that refer to each other', () => {
    const mdo = makeEntry('mdo', 'onderwijs', { related: ['zat-onderwijs'] });
    expect(problems(file(mdo), file(makeEntry('zat')))).toEqual({});
  });

  it('requires the id to be the file name', () => {
    expect(problems(file(makeEntry('mdo'), 'mdo-school'))).toEqual({
      'mdo-school': ['/id: id "mdo-onderwijs" moet gelijk zijn aan de bestandsnaam "mdo-school"'],
    });
  });

  it('reports a related entry that does not exist, with the nearest id', () => {
    const mdo = makeEntry('mdo', 'onderwijs', { related: ['zat-onderwys', 'mdo-onderwijs'] });
    expect(problems(file(mdo), file(makeEntry('zat')))).toEqual({
      'mdo-onderwijs': [
        '/related/0: onbekend begrip "zat-onderwys" (bedoel je "zat-onderwijs"?)',
        '/related/1: een begrip kan niet naar zichzelf verwijzen',
      ],
    });
  });

  it('asks every meaning of a shared word for a scope note', () => {
    const school = makeEntry('mdo', 'onderwijs', { scopeNote: 'Met ouders.' });
    const care = makeEntry('mdo', 'ggz');
    expect(problems(file(school), file(care))).toEqual({
      'mdo-ggz': [
        '/scopeNote: verplicht: "mdo" heeft meer betekenissen (mdo-onderwijs); leg het verschil uit',
      ],
    });
  });

  it('allows one meaning per word and context', () => {
    const first = makeEntry('mdo', 'onderwijs', { scopeNote: 'a' });
    const second = makeEntry('mdo', 'onderwijs', { id: 'mdo-school', scopeNote: 'b' });
    expect(problems(file(first), file(second))['mdo-school']).toEqual([
      '/context: "mdo" heeft al een betekenis in de context onderwijs (mdo-onderwijs.mdx)',
    ]);
  });

  it('warns when an entry was last reviewed more than two years ago', () => {
    const old = makeEntry('mdo', 'onderwijs', { lastReviewed: '2024-06-01' });
    expect(problems(file(old))).toEqual({
      'mdo-onderwijs': [
        '/lastReviewed: laatst nagekeken op 2024-06-01: langer dan 24 maanden geleden',
      ],
    });
  });
});
