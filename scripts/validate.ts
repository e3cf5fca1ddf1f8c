/**
 * `npm run validate [files…]`: checks route, glossary and social-map files the way the
 * build does and prints every problem as `file: /path: message`. Exit 1 on any error.
 */
import { relative, resolve } from 'node:path';
import { todayIso } from '../src/core/dates.ts';
import { formatReports } from '../src/build/format-reports.ts';
import { listRouteFiles, loadRoutes } from '../src/build/load-routes.ts';
import { listGlossaryFiles, loadGlossary } from '../src/build/load-glossary.ts';
import { loadContentRefs } from '../src/build/load-routes.ts';
import { listSocialMapFiles, loadSocialMap } from '../src/build/load-social-map.ts';
import { SOCIAL_MAP_DIR } from '../src/build/content-files.ts';
import { SITE_FILE, loadSite } from '../src/build/load-site.ts';
import {
  SAMENWERKEN_DIR,
  listSamenwerkenFiles,
  loadSamenwerken,
  samenwerkenRefs,
} from '../src/build/load-samenwerken.ts';

const root = process.cwd();
const args = process.argv.slice(2).map((file) => relative(root, resolve(file)));
const isSocialMapFile = (file: string) => file.startsWith(`${SOCIAL_MAP_DIR}/`);
const isSamenwerkenFile = (file: string) => file.startsWith(`${SAMENWERKEN_DIR}/`);
// The site file (who runs this Routekaart) is checked with everything, or when named.
const checkSite = args.length === 0 || args.includes(SITE_FILE);
const routeFiles =
  args.length > 0
    ? args.filter(
        (file) =>
          !file.endsWith('.mdx') &&
          !isSocialMapFile(file) &&
          !isSamenwerkenFile(file) &&
          file !== SITE_FILE,
      )
    : listRouteFiles(root);
const glossaryFiles =
  args.length > 0 ? args.filter((file) => file.endsWith('.mdx')) : listGlossaryFiles(root);
// The social map's files refer to each other: check the whole map, report on the files asked for.
const socialMapFiles = args.length > 0 ? args.filter(isSocialMapFile) : listSocialMapFiles(root);
// The samenwerken files link to routes and terms: check them against all valid routes.
const samenwerkenFiles =
  args.length > 0 ? args.filter(isSamenwerkenFile) : listSamenwerkenFiles(root);
const samenwerkenReports = () =>
  loadSamenwerken(
    root,
    samenwerkenRefs(loadRoutes(root, todayIso()).routes, loadContentRefs(root).terms),
  ).reports.filter((report) => samenwerkenFiles.includes(report.file));
const reports = [
  ...(checkSite ? loadSite(root).reports : []),
  ...(glossaryFiles.length > 0 ? loadGlossary(root, todayIso(), glossaryFiles).reports : []),
  ...(routeFiles.length > 0 ? loadRoutes(root, todayIso(), routeFiles).reports : []),
  ...(socialMapFiles.length > 0
    ? loadSocialMap(root, todayIso(), loadContentRefs(root).terms).reports.filter((report) =>
        socialMapFiles.includes(report.file),
      )
    : []),
  ...(samenwerkenFiles.length > 0 ? samenwerkenReports() : []),
];
const text = formatReports(reports);
const failed = reports.some((report) =>
  report.problems.some((problem) => problem.severity === 'error'),
);

if (text) (failed ? console.error : console.warn)(text);
console.log(
  `${checkSite ? 'Het sitebestand, ' : ''}${routeFiles.length} routebestand(en), ${glossaryFiles.length} begrip(pen), ${socialMapFiles.length} bestand(en) van de sociale kaart en ${samenwerkenFiles.length} over samenwerken gecontroleerd: ${failed ? 'fouten gevonden' : 'in orde'}.`,
);
process.exitCode = failed ? 1 : 0;
