import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../../src/build/load-glossary.ts';
import { PARENT_ROLES } from '../../../src/core/parents/role-texts.ts';
import { stepAskId, stepWhatId } from '../../../src/core/parents/step-texts.ts';
import { TOPIC_IDS, topicAskId, topicWhatId } from '../../../src/core/parents/topic-texts.ts';
import { COMMON_TERMS } from '../../../src/core/parents/start-texts.ts';
import { ALL_PARENT_TEXTS, pt, roleText } from '../../../src/core/parents/texts.ts';
import { NODE_KINDS } from '../../../src/core/route/route-kinds.ts';

const { entries } = loadGlossary(process.cwd(), '2026-12-01');

describe('the texts for parents', () => {
  it('have one text per id', () => {
    const ids = ALL_PARENT_TEXTS.map((entry) => entry.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('explain every role, every kind of step and every topic', () => {
    for (const role of PARENT_ROLES) expect(roleText(role.key)).not.toBe('');
    for (const kind of NODE_KINDS) {
      expect(pt(stepWhatId(kind))).not.toBe('');
      expect(pt(stepAskId(kind))).not.toBe('');
    }
    for (const topic of TOPIC_IDS) {
      expect(pt(topicWhatId(topic))).not.toBe('');
      expect(pt(topicAskId(topic))).not.toBe('');
    }
  });

  it('link only to words the glossary has', () => {
    const ids = new Set(entries.map((entry) => entry.id));
    const terms = new Set(entries.map((entry) => entry.term));
    expect(
      PARENT_ROLES.flatMap((role) => (role.term && !ids.has(role.term) ? [role.term] : [])),
    ).toEqual([]);
    expect(COMMON_TERMS.filter((term) => !terms.has(term))).toEqual([]);
  });

  it('keep every sentence at 20 words or fewer', () => {
    const long = ALL_PARENT_TEXTS.flatMap(({ id, text }) =>
      text
        .split(/(?<=[.?!])\s+/)
        .filter((sentence) => sentence.split(/\s+/).length > 20)
        .map((sentence) => `${id}: ${sentence}`),
    );
    expect(long).toEqual([]);
  });
});
