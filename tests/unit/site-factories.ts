/** A valid site file (content/site.json), which every build needs. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Site } from '../../src/core/site/site-schema.ts';

export function makeSite(beheerder: Partial<Site['beheerder']> = {}): Site {
  return {
    version: 1,
    beheerder: {
      organisation: 'Samenwerkingsverband Testregio',
      email: 'routekaart@swv-test.example',
      region: 'regio Test',
      fictional: true,
      ...beheerder,
    },
  };
}

export function writeSiteFile(root: string, site: unknown = makeSite()): void {
  mkdirSync(join(root, 'content'), { recursive: true });
  writeFileSync(join(root, 'content', 'site.json'), JSON.stringify(site));
}
