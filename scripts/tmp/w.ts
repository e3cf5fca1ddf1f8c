import { measurePageJs } from '../page-weight.ts';
for (const p of ['school/de-kompasroos-proefdorp', 'school/scholengemeenschap-de-voorbeeldhorst', 'embed/de-kompasroos-proefdorp']) {
  const w = measurePageJs(p);
  console.log(p, w.files, (w.raw / 1024).toFixed(1), (w.gzip / 1024).toFixed(1), w.containsElk);
}
