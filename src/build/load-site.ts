/**
 * Reads `content/site.json` (who runs this Routekaart). Unlike the social map it is not
 * optional: the site tells schools to send their route to the beheerder, so without a named
 * beheerder the build stops, naming the file and the field.
 */
import { join } from 'node:path';
import type { Site } from '../core/site/site-schema.ts';
import { validateSiteText } from '../core/site/validate-site.ts';
import { CONTENT_DIR } from './content-files.ts';
import type { FileProblems } from './load-routes.ts';
import { readContentFile } from './read-content-file.ts';

export const SITE_FILE = join(CONTENT_DIR, 'site.json');

export interface LoadedSite {
  site: Site | null;
  reports: FileProblems[];
}

export function loadSite(root: string): LoadedSite {
  const read = readContentFile(join(root, SITE_FILE));
  if (!read.ok) return { site: null, reports: [{ file: SITE_FILE, problems: [read.problem] }] };
  const { site, problems } = validateSiteText(read.text);
  return { site, reports: problems.length > 0 ? [{ file: SITE_FILE, problems }] : [] };
}
