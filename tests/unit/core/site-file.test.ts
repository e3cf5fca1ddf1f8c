import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteContent } from '../../../src/build/build-site-content.ts';
import { formatProblem } from '../../../src/core/problem.ts';
import { siteJsonSchema, validateSiteText } from '../../../src/core/site/validate-site.ts';
import { makeSite, writeSiteFile } from '../site-factories.ts';

const lines = (text: string) =>
  validateSiteText(text).problems.map((problem) => formatProblem('content/site.json', problem));

describe('the site file', () => {
  it('accepts a beheerder with a function address, phone optional', () => {
    const { site, problems } = validateSiteText(JSON.stringify(makeSite()));
    expect(problems).toEqual([]);
    expect(site?.beheerder.organisation).toBe('Samenwerkingsverband Testregio');
  });

  it('names the field that is missing or wrong', () => {
    const site = makeSite();
    const withoutEmail: Partial<typeof site.beheerder> = { ...site.beheerder };
    delete withoutEmail.email;
    expect(lines(JSON.stringify({ ...site, beheerder: withoutEmail }))).toEqual([
      expect.stringMatching(/^content\/site\.json: \/beheerder\/email: /),
    ]);
    expect(lines(JSON.stringify(makeSite({ email: 'geen adres' })))).toEqual([
      'content/site.json: /beheerder/email: geen geldig e-mailadres',
    ]);
  });

  it('refuses a person’s address and suggests the field meant by a typo', () => {
    expect(lines(JSON.stringify(makeSite({ email: 'j.jansen@swv.example' })))).toEqual([
      'content/site.json: /beheerder/email: lijkt een persoonlijk adres; gebruik een functieadres, bijv. aanmelden@…',
    ]);
    const typo = { ...makeSite(), beheerdr: makeSite().beheerder };
    expect(lines(JSON.stringify(typo)).join('\n')).toContain(
      'onbekend veld "beheerdr" (bedoel je "beheerder"?)',
    );
  });

  it('reports broken JSON with line and column', () => {
    expect(lines('{ "version": 1,')).toEqual([
      expect.stringMatching(/^content\/site\.json:1:\d+: /),
    ]);
  });

  it('is published as a JSON Schema from the same source', () => {
    const schema = siteJsonSchema() as { $id: string; required: string[] };
    expect(schema.$id).toBe('/schema/site.v1.json');
    expect(schema.required).toEqual(['version', 'beheerder']);
  });
});

describe('building without a valid site file', () => {
  const root = () => mkdtempSync(join(tmpdir(), 'routekaart-site-'));

  it('stops, naming the file when it is missing', async () => {
    await expect(buildSiteContent(root(), '2026-11-27')).rejects.toThrow(
      'content/site.json: /: bestand niet gevonden of niet leesbaar',
    );
  });

  it('stops, naming file and field when it is invalid', async () => {
    const dir = root();
    writeSiteFile(dir, { version: 1, beheerder: { ...makeSite().beheerder, region: '' } });
    await expect(buildSiteContent(dir, '2026-11-27')).rejects.toThrow(
      /content\/site\.json: \/beheerder\/region: /,
    );
  });

  it('hands the beheerder to the pages when it is valid', async () => {
    const dir = root();
    writeFileSync(join(dir, 'unused'), '');
    writeSiteFile(dir);
    const content = await buildSiteContent(dir, '2026-11-27', join(dir, 'cache'));
    expect(content.site.beheerder.email).toBe('routekaart@swv-test.example');
  });
});
