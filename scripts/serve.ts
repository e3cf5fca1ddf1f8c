/** `npm run serve`: the built site on http://localhost:4173/ (PORT picks another port). */
import { createSiteServer, listen } from './static-site.ts';

const base = await listen(createSiteServer(), Number(process.env.PORT ?? 4173));
console.log(`Routekaart draait op ${base}/`);
