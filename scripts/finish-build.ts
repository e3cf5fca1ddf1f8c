/** Steps after React Router's prerender: the static 404 page. */
import { join } from 'node:path';
import { writeStatic404 } from '../src/build/static-404.ts';

writeStatic404(join(process.cwd(), 'build', 'client'));
