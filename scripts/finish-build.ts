/**
 * Steps after React Router's prerender: stylesheets before module preloads, the static 404 page,
 * then every page's CSP (last: it hashes the inline scripts as they are finally written).
 */
import { join } from 'node:path';
import { putStylesheetsFirst } from '../src/build/stylesheets-first.ts';
import { writeStatic404 } from '../src/build/static-404.ts';
import { writeContentSecurityPolicies } from '../src/build/write-csp.ts';

const clientDir = join(process.cwd(), 'build', 'client');
putStylesheetsFirst(clientDir);
writeStatic404(clientDir);
writeContentSecurityPolicies(clientDir);
