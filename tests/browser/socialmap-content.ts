/** The bundled social map, read directly so the tests follow the files instead of hard-coding them. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { OrganisationFile, QuestionFile } from '../../src/core/socialmap/social-map-schema.ts';

const dir = join(process.cwd(), 'content', 'socialmap');
const read = <T>(folder: string) =>
  readdirSync(join(dir, folder))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      id: name.replace(/\.json$/, ''),
      ...(JSON.parse(readFileSync(join(dir, folder, name), 'utf8')) as T),
    }));

export const ORGANISATIONS = read<OrganisationFile>('organisations');
export const QUESTIONS = read<QuestionFile>('questions');

export function organisation(id: string) {
  const found = ORGANISATIONS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no organisation ${id} in the social map`);
  return found;
}
