/**
 * Every parent text the content holds, as texts to check: glossary explanations, the social
 * map's parent answers and optional parent wording on route steps. The texts in code
 * (`PARENT_TEXTS` under src/core/parents) are added by the script that imports them.
 */
import type { GlossaryEntry } from '../glossary/glossary-schema.ts';
import type { ParentText } from '../parents/parent-text.ts';
import type { Question } from '../socialmap/social-map-schema.ts';
import type { CheckedText } from './b1-check.ts';

export const TEXT_GROUPS = {
  glossary: 'begrippen (uitleg)',
  socialMap: 'sociale kaart (antwoorden voor ouders)',
  routes: 'routes (stappen voor ouders)',
  code: 'teksten in code (PARENT_TEXTS)',
} as const;

export function glossaryTexts(
  entries: readonly Pick<GlossaryEntry, 'id' | 'term' | 'uitleg'>[],
  fileOf: (id: string) => string,
): CheckedText[] {
  return entries.map((entry) => ({
    where: `${fileOf(entry.id)}: /uitleg`,
    group: TEXT_GROUPS.glossary,
    text: entry.uitleg,
    ownTerm: entry.term,
  }));
}

/** One text per question: the intro and every step's "why", read as one answer. */
export function socialMapTexts(
  questions: readonly Question[],
  fileOf: (id: string) => string,
): CheckedText[] {
  return questions.map((question) => {
    const answer = question.parentAnswer;
    const parts = answer
      ? [answer.intro ?? '', answer.firstStep.why, ...answer.nextSteps.map((step) => step.why)]
      : [];
    return {
      where: `${fileOf(question.id)}: /parentAnswer`,
      group: TEXT_GROUPS.socialMap,
      text: parts.filter(Boolean).join(' '),
    };
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Strings anywhere inside a value (a parent field may be a text or an object of texts). */
function stringsIn(value: unknown, at: string): { at: string; text: string }[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value))
    return value.flatMap((item, index) => stringsIn(item, `${at}/${index}`));
  if (isRecord(value))
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, `${at}/${key}`));
  return [];
}

/** `forParents` is the route format's field; any field named "parent…" counts as well. */
const isParentField = (key: string) => key === 'forParents' || key.startsWith('parent');

/**
 * Parent wording on route steps: the route format's optional parent texts on a node, read
 * from the file as it is (so a route file is measured even before the site can build it).
 */
export function routeTexts(route: unknown, file: string): CheckedText[] {
  const nodes = isRecord(route) && Array.isArray(route.nodes) ? route.nodes : [];
  return nodes.flatMap((node, index) =>
    isRecord(node)
      ? Object.entries(node)
          .filter(([key]) => isParentField(key))
          .flatMap(([key, value]) => stringsIn(value, `/nodes/${index}/${key}`))
          .map(({ at, text }) => ({ where: `${file}: ${at}`, group: TEXT_GROUPS.routes, text }))
      : [],
  );
}

export function codeTexts(texts: readonly ParentText[], file: string): CheckedText[] {
  return texts.map((text) => ({
    where: `${file}: ${text.id}`,
    group: TEXT_GROUPS.code,
    text: text.text,
  }));
}
