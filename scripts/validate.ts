/**
 * `npm run validate [files…]`: checks route files the way the build does and
 * prints every problem as `file: /json/path: message`. Exit 1 on any error.
 */
import { relative, resolve } from 'node:path';
import { todayIso } from '../src/core/dates';
import { formatReports } from '../src/build/format-reports';
import { listRouteFiles, loadRoutes } from '../src/build/load-routes';

const root = process.cwd();
const args = process.argv.slice(2);
const files =
  args.length > 0 ? args.map((file) => relative(root, resolve(file))) : listRouteFiles(root);
const { reports } = loadRoutes(root, todayIso(), files);
const text = formatReports(reports);
const failed = reports.some((report) =>
  report.problems.some((problem) => problem.severity === 'error'),
);

if (text) (failed ? console.error : console.warn)(text);
console.log(
  `${files.length} routebestand(en) gecontroleerd: ${failed ? 'fouten gevonden' : 'in orde'}.`,
);
process.exitCode = failed ? 1 : 0;
