/** Steps after React Router's prerender: the static 404 page, then every page's CSP. */
import { join } from 'node:path';
import { writeStatic404 } from '../src/build/static-404.ts';
import { writeContentSecurityPolicies } from '../src/build/write-csp.ts';

const clientDir = join(process.cwd(), 'build', 'client');
writeStatic404(clientDir);
writeContentSecurityPolicies(clientDir);
