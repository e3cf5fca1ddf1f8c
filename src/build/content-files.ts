/** Where content lives and how file names map to slugs. Node only (build and CLI). */
import { readdirSync, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

export const CONTENT_DIR = 'content';
export const ROUTES_DIR = join(CONTENT_DIR, 'routes');
export const GLOSSARY_DIR = join(CONTENT_DIR, 'glossary');
export const SOCIAL_MAP_DIR = join(CONTENT_DIR, 'socialmap');

export function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}

export function slugOf(file: string): string {
  return basename(file).replace(/\.json$/, '');
}

/** Paths in messages are relative to the project, as a school sees them in its checkout. */
export function displayPath(root: string, file: string): string {
  return relative(root, join(root, file)) || file;
}
