/**
 * Reads the social map from `content/socialmap/` and validates it as a whole (see
 * validate-social-map.ts). Without that folder the site simply has an empty social map.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SocialMap } from '../core/socialmap/social-map-schema.ts';
import { type SourceFile, validateSocialMap } from '../core/socialmap/validate-social-map.ts';
import { SOCIAL_MAP_DIR, listFiles, slugOf } from './content-files.ts';
import type { FileProblems } from './load-routes.ts';
import { readContentFile } from './read-content-file.ts';

export const SOCIAL_MAP_FILES = {
  region: join(SOCIAL_MAP_DIR, 'region.json'),
  roles: join(SOCIAL_MAP_DIR, 'roles.json'),
  organisations: join(SOCIAL_MAP_DIR, 'organisations'),
  questions: join(SOCIAL_MAP_DIR, 'questions'),
  districts: join(SOCIAL_MAP_DIR, 'wijken.json'),
} as const;

export const EMPTY_SOCIAL_MAP: SocialMap = {
  region: { name: '', fictional: true, note: '', municipalities: [] },
  roles: [],
  organisations: [],
  questions: [],
  districts: null,
};

export interface LoadedSocialMap {
  socialMap: SocialMap;
  reports: FileProblems[];
}

/** Every social-map file, project-relative, for `npm run validate`. */
export function listSocialMapFiles(root: string): string[] {
  if (!existsSync(join(root, SOCIAL_MAP_DIR))) return [];
  const inDir = (dir: string) => listFiles(join(root, dir), '.json').map((file) => file.slice(root.length + 1));
  const districts = existsSync(join(root, SOCIAL_MAP_FILES.districts)) ? [SOCIAL_MAP_FILES.districts] : [];
  return [SOCIAL_MAP_FILES.region, SOCIAL_MAP_FILES.roles, ...inDir(SOCIAL_MAP_FILES.organisations), ...inDir(SOCIAL_MAP_FILES.questions), ...districts];
}

/** Loads and checks the whole map (its files refer to each other) against the glossary's ids. */
export function loadSocialMap(root: string, today: string, terms: ReadonlySet<string>): LoadedSocialMap {
  if (!existsSync(join(root, SOCIAL_MAP_DIR))) return { socialMap: EMPTY_SOCIAL_MAP, reports: [] };
  const missing: FileProblems[] = [];
  const read = (file: string, id?: string): SourceFile => {
    const read = readContentFile(join(root, file));
    if (read.ok) return { file, text: read.text, ...(id !== undefined && { id }) };
    missing.push({ file, problems: [read.problem] });
    return { file, text: '{}', ...(id !== undefined && { id }) };
  };
  const inDir = (dir: string) =>
    listFiles(join(root, dir), '.json').map((path) => read(path.slice(root.length + 1), slugOf(path)));
  const { socialMap, reports } = validateSocialMap(
    {
      region: read(SOCIAL_MAP_FILES.region),
      roles: read(SOCIAL_MAP_FILES.roles),
      organisations: inDir(SOCIAL_MAP_FILES.organisations),
      questions: inDir(SOCIAL_MAP_FILES.questions),
      // wijken.json is optional: maps from before it have no districts.
      ...(existsSync(join(root, SOCIAL_MAP_FILES.districts)) && { districts: read(SOCIAL_MAP_FILES.districts) }),
    },
    terms,
    today,
  );
  // An unreadable file's only problem is that: drop what parsing "{}" in its place reported.
  const missingFiles = new Set(missing.map((entry) => entry.file));
  return {
    socialMap: socialMap ?? EMPTY_SOCIAL_MAP,
    reports: [...missing, ...reports.filter((entry) => !missingFiles.has(entry.file))],
  };
}
