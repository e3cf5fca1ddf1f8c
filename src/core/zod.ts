/**
 * zod, configured once for every schema in the project. Without `jitless`, zod probes
 * whether it may compile code with `Function("")`: under the site's Content-Security-Policy
 * (no 'unsafe-eval') that probe is blocked and reported as a violation on every page that
 * validates. Modules that build schemas import z from here, not from 'zod' (type imports may).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
