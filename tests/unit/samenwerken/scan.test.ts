import { describe, expect, it } from 'vitest';
import { applyScanEdit } from '../../../src/core/samenwerken/scan-edits.ts';
import {
  SCAN_FORMAT,
  scanFileName,
  scanFileText,
} from '../../../src/core/samenwerken/scan-file.ts';
import { newScan, scanJsonSchema } from '../../../src/core/samenwerken/scan-schema.ts';
import { readWorkText } from '../../../src/core/samenwerken/work-file.ts';
import { createHistory, historyReducer } from '../../../src/core/editor/history.ts';
import {
  decodeWorkData,
  encodeWorkFragment,
  fragmentData,
} from '../../../src/core/samenwerken/work-share.ts';
import { makeScan } from './scan-factories.ts';

const reduce = historyReducer(applyScanEdit);
const messages = (text: string) => {
  const read = readWorkText(text, SCAN_FORMAT);
  return read.ok ? [] : read.problems.map((problem) => `${problem.path}: ${problem.message}`);
};

describe('answering a scan', () => {
  it('sets and clears a score; an answer without score or note disappears', () => {
    let scan = applyScanEdit(newScan('2026-11-27'), {
      type: 'setScore',
      element: 'communicatie',
      score: 'kan-beter',
    });
    scan = applyScanEdit(scan, {
      type: 'setNote',
      element: 'communicatie',
      note: 'Telefoon wordt niet opgenomen',
    });
    expect(scan.answers.communicatie).toEqual({
      score: 'kan-beter',
      note: 'Telefoon wordt niet opgenomen',
    });
    scan = applyScanEdit(scan, { type: 'setScore', element: 'communicatie', score: null });
    scan = applyScanEdit(scan, { type: 'setNote', element: 'communicatie', note: '' });
    expect(scan.answers).toEqual({});
  });

  it('undoes typing in one field as one step, and redoes it', () => {
    let history = createHistory(makeScan());
    for (const partnership of ['D', 'De', 'De Es'])
      history = reduce(history, {
        type: 'edit',
        edit: { type: 'updateDetails', patch: { partnership } },
        field: '/partnership',
      });
    history = reduce(history, { type: 'mark' });
    history = reduce(history, {
      type: 'edit',
      edit: { type: 'setScore', element: 'effecten', score: 'gaat-goed' },
    });
    history = reduce(history, { type: 'undo' });
    expect(history.present.partnership).toBe('De Es');
    expect(history.present.answers.effecten).toBeUndefined();
    history = reduce(history, { type: 'undo' });
    expect(history.present.partnership).toBe('De Linde met wijkteam Noord');
    history = reduce(history, { type: 'redo' });
    expect(history.present.partnership).toBe('De Es');
  });
});

describe('a scan as a file', () => {
  it('round-trips: export, import, export gives the same bytes', () => {
    const scan = makeScan(
      { effecten: ['weten-we-niet', 'Nooit gemeten'], randvoorwaarden: 'gaat-goed' },
      { respondent: 'intern begeleider' },
    );
    const text = scanFileText(scan);
    expect(text.split('\n')[1]).toBe('  "$schema": "/schema/zelfscan.v1.json",');
    // Answers follow the order of the elements, not the order they were given in.
    expect(text.indexOf('randvoorwaarden')).toBeLessThan(text.indexOf('effecten'));
    const read = readWorkText(text, SCAN_FORMAT);
    expect(read).toEqual({ ok: true, value: scan });
    expect(scanFileText(read.ok ? read.value : scan)).toBe(text);
    expect(scanFileName(scan)).toBe('zelfscan-de-linde-met-wijkteam-noord-intern-begeleider.json');
  });

  it('rejects a file with unknown elements, scores or fields, naming each place', () => {
    const bad = {
      ...makeScan(),
      answers: { comunicatie: { score: 'goed' }, effecten: { score: 'prima' } },
      respondnet: 'x',
    };
    expect(messages(JSON.stringify(bad))).toEqual([
      '/answers/effecten/score: moet een van deze waarden zijn: "gaat-goed", "kan-beter", "weten-we-niet", "niet-van-toepassing"',
      '/answers/comunicatie: onbekend veld "comunicatie" (bedoel je "communicatie"?)',
      '/respondnet: onbekend veld "respondnet" (bedoel je "respondent"?)',
    ]);
  });

  it('says plainly when the file is something else, or newer', () => {
    expect(messages('')).toEqual([': het bestand is leeg']);
    expect(messages('{"type": "plan-van-aanpak", "version": 1}')).toEqual([
      '/type: dit is een plan van aanpak, geen zelfscan',
    ]);
    expect(messages('{"version": 1, "nodes": [], "edges": []}')).toEqual([
      ': dit is een routebestand, geen zelfscan. Een route open je via Route maken.',
    ]);
    expect(messages(JSON.stringify({ ...makeScan(), version: 2 }))[0]).toMatch(
      /^\/version: dit bestand gebruikt versie 2 van het formaat/,
    );
    expect(messages('[1, 2]')).toEqual([': dit is geen zelfscan: verwacht een object { … }']);
  });

  it('publishes a JSON Schema that names every element and score', () => {
    const schema = JSON.stringify(scanJsonSchema());
    expect(scanJsonSchema().$id).toBe('/schema/zelfscan.v1.json');
    for (const word of ['rollen-en-verantwoordelijkheden', 'kan-beter', 'partnership'])
      expect(schema).toContain(word);
  });
});

describe('share links for scans', () => {
  it('carry several scans in the fragment and read them back', async () => {
    const scans = [makeScan({ effecten: 'gaat-goed' }), makeScan({ effecten: 'kan-beter' })];
    const fragment = await encodeWorkFragment('scans', scans);
    const link = `https://routekaart.example/samenwerken/zelfscan/uitkomst#${fragment}`;
    const data = fragmentData(link, 'scans');
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeWorkData(data!, SCAN_FORMAT)).toEqual({ ok: true, values: scans });
  });

  it('refuse a damaged link, or one holding something else, in Dutch', async () => {
    expect(await decodeWorkData('ab+c', SCAN_FORMAT)).toEqual({
      ok: false,
      message: 'De deellink is beschadigd: hij bevat tekens die er niet in horen.',
    });
    expect(await decodeWorkData('abcd', SCAN_FORMAT)).toMatchObject({ ok: false });
    const plan = (
      await encodeWorkFragment('scans', [{ type: 'plan-van-aanpak', version: 1 }])
    ).slice(6);
    expect(await decodeWorkData(plan, SCAN_FORMAT)).toEqual({
      ok: false,
      message:
        'De deellink bevat geen zelfscan in het verwachte formaat (bij /type: dit is een plan van aanpak, geen zelfscan).',
    });
  });
});
