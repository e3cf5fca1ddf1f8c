/**
 * `npm run check:taal`: every parent-facing text at B1 (issue 12). Prints the figures per
 * group, then every failing text with where it is and the sentence; exit 1 on any failure.
 * Texts: glossary explanations, the social map's parent answers, parent wording on route
 * steps, and every `PARENT_TEXTS` exported by a module under src/core/parents.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { todayIso } from '../src/core/dates.ts';
import type { ParentText } from '../src/core/parents/parent-text.ts';
import {
  B1_TARGETS,
  type B1Result,
  type CheckedText,
  checkB1,
  describeFailure,
  groupFigures,
} from '../src/core/taal/b1-check.ts';
import { jargonTerms } from '../src/core/taal/jargon.ts';
import {
  codeTexts,
  glossaryTexts,
  routeTexts,
  socialMapTexts,
  TEXT_GROUPS,
} from '../src/core/taal/parent-text-sources.ts';
import { GLOSSARY_DIR, SOCIAL_MAP_DIR } from '../src/build/content-files.ts';
import { loadGlossary } from '../src/build/load-glossary.ts';
import { listRouteFiles, loadContentRefs } from '../src/build/load-routes.ts';
import { loadSocialMap } from '../src/build/load-social-map.ts';

const root = process.cwd();
const today = todayIso();
const PARENTS_DIR = join(root, 'src/core/parents');

function moduleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(dir, file))
    .sort();
}

const isParentTexts = (value: unknown): value is readonly ParentText[] =>
  Array.isArray(value) &&
  value.every((item) => typeof item?.id === 'string' && typeof item?.text === 'string');

async function codeParentTexts(): Promise<CheckedText[]> {
  const texts: CheckedText[] = [];
  for (const file of moduleFiles(PARENTS_DIR)) {
    const source = readFileSync(file, 'utf8');
    if (!/export\s+const\s+PARENT_TEXTS\b/.test(source)) continue;
    const module: { PARENT_TEXTS?: unknown } = await import(pathToFileURL(file).href);
    if (!isParentTexts(module.PARENT_TEXTS)) {
      console.error(`${relative(root, file)}: PARENT_TEXTS is geen lijst van { id, text }`);
      process.exitCode = 1;
      continue;
    }
    texts.push(...codeTexts(module.PARENT_TEXTS, relative(root, file)));
  }
  return texts;
}

const glossary = loadGlossary(root, today).entries;
const { socialMap } = loadSocialMap(root, today, loadContentRefs(root).terms);
const texts: CheckedText[] = [
  ...glossaryTexts(glossary, (id) => `${GLOSSARY_DIR}/${id}.mdx`),
  ...socialMapTexts(socialMap.questions, (id) => `${SOCIAL_MAP_DIR}/questions/${id}.json`),
  ...listRouteFiles(root).flatMap((file) =>
    routeTexts(JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown, file),
  ),
  ...(await codeParentTexts()),
];
const jargon = jargonTerms(glossary);
const results: B1Result[] = texts.map((text) => checkB1(text, jargon));

const one = (value: number | null) => (value === null ? '–' : value.toFixed(1));
console.log(
  `B1-doelen: gemiddeld ≤ ${B1_TARGETS.averageSentence} woorden per zin, geen zin > ${B1_TARGETS.longestSentence} woorden, Flesch–Douma ≥ ${B1_TARGETS.fleschDouma}, geen vakwoord zonder uitleg (${jargon.length} begrippen gemarkeerd als vakjargon)\n`,
);
console.log(
  '| groep | teksten | fout | woorden/zin | langste zin | Flesch–Douma laagste | gemiddeld |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
const figures = groupFigures(results);
// Every group is listed, also one without texts yet (e.g. no route has parent wording).
for (const name of Object.values(TEXT_GROUPS)) {
  const group = figures.find((candidate) => candidate.group === name);
  console.log(
    group
      ? `| ${name} | ${group.texts} | ${group.failed} | ${one(group.averageSentence)} | ${group.longestSentence} | ${one(group.lowestFleschDouma)} | ${one(group.meanFleschDouma)} |`
      : `| ${name} | 0 | 0 | – | – | – | – |`,
  );
}

const failed = results.filter((result) => result.failures.length > 0);
for (const result of failed)
  for (const failure of result.failures)
    console.error(`${result.text.where}: ${describeFailure(failure)}`);
if (failed.length > 0) {
  console.error(`\n${failed.length} van de ${results.length} teksten halen B1 niet.`);
  process.exitCode = 1;
} else console.log(`\nAlle ${results.length} teksten voor ouders halen B1.`);
