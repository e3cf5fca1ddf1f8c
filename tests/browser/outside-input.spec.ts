/** Files and links from outside the editor: refused with a clear Dutch message, never corrupted. */
import { deflateRawSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { firstSchool } from './content.ts';
import { openTab, startFromTemplate, waitForChart } from './editor-helpers.ts';

const routeText = () => JSON.stringify(firstSchool().route, null, 2);

test('a route file saved as Windows-1252 ("ANSI") is refused, naming the line and how to save as UTF-8', async ({
  page,
}) => {
  await page.goto('/bewerken');
  // Notepad's "ANSI": one byte per character, so "ö" is the single byte 0xF6.
  const ansi = Buffer.from('{\n  "version": 1,\n  "title": "Zorgcoördinator"\n}\n', 'latin1');
  await page.getByLabel('Kies een bestand (.json)').setInputFiles({
    name: 'ansi.json',
    mimeType: 'application/json',
    buffer: ansi,
  });
  const alert = page.getByRole('alert').filter({ hasText: 'Niet ingelezen' });
  await expect(alert).toContainText('regel 3, kolom 19: het bestand is niet opgeslagen als UTF-8');
  await expect(alert).toContainText('"ö"');
  await expect(alert).toContainText('Opslaan als › Codering: UTF-8');
  await expect(page).toHaveURL(/\/bewerken$/);
});

test('a UTF-16 ("Unicode") file and an empty file are each named for what they are', async ({
  page,
}) => {
  await page.goto('/bewerken');
  const input = page.getByLabel('Kies een bestand (.json)');
  const alert = page.getByRole('alert').filter({ hasText: 'Niet ingelezen' });
  await input.setInputFiles({
    name: 'unicode.json',
    mimeType: 'application/json',
    buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(routeText(), 'utf16le')]),
  });
  await expect(alert).toContainText('opgeslagen als UTF-16 ("Unicode" in Kladblok)');
  await input.setInputFiles({
    name: 'leeg.json',
    mimeType: 'application/json',
    buffer: Buffer.from(' \n'),
  });
  await expect(alert).toContainText('het bestand is leeg');
});

test('a UTF-8 file with a byte order mark opens', async ({ page }) => {
  await page.goto('/bewerken');
  await page.getByLabel('Kies een bestand (.json)').setInputFiles({
    name: 'bom.json',
    mimeType: 'application/json',
    buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(routeText())]),
  });
  await expect(page).toHaveURL(/\/bewerken\/concept\?id=concept-/);
});

test('a mobile number in international form is no BSN, a BSN with spaces is', async ({ page }) => {
  await startFromTemplate(page, /voortgezet onderwijs/);
  await page.getByRole('button', { name: /^Mentor Rol$/ }).click();
  const phone = page.getByLabel(/^Telefoon/);
  await phone.fill('+31 612345671');
  await phone.blur();
  const description = page.getByLabel(/^Wat gebeurt hier/);
  await description.fill('Bespreekt leerling 123 456 782.');
  await expect(description).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#veld-nodes-1-description-problems')).toContainText(
    'burgerservicenummer',
  );
  await expect(phone).not.toHaveAttribute('aria-invalid', 'true');
});

test.describe('share links', () => {
  test('the link shown follows later edits', async ({ page, context }) => {
    await startFromTemplate(page, /voortgezet onderwijs/);
    await openTab(page, /^Route$/);
    await page.getByLabel(/^Naam van de school/).fill('College Eerst');
    await openTab(page, /Bestand/);
    await page.getByRole('button', { name: 'Deellink maken' }).click();
    const field = page.getByLabel(/^Deellink/);
    await expect(field).toBeFocused();
    const first = await field.inputValue();

    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(field).not.toHaveValue(first);
    const other = await context.newPage();
    await other.goto(await field.inputValue());
    await waitForChart(other);
    await openTab(other, /^Route$/);
    await expect(other.getByLabel(/^Naam van de school/)).toHaveValue('');
  });

  test('a browser without CompressionStream says it cannot make a link, and nothing breaks', async ({
    page,
  }) => {
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'CompressionStream');
      Reflect.deleteProperty(window, 'DecompressionStream');
    });
    await startFromTemplate(page, /voortgezet onderwijs/);
    await openTab(page, /Bestand/);
    await page.getByRole('button', { name: 'Deellink maken' }).click();
    await expect(page.getByRole('alert')).toContainText('Deze browser kan geen deellink maken');
    expect(errors).toEqual([]);
  });

  test('a link that unpacks to more than the cap is called too large, not damaged', async ({
    page,
  }) => {
    const bomb = deflateRawSync(Buffer.from(' '.repeat(3 * 1024 * 1024))).toString('base64url');
    expect(bomb.length).toBeLessThan(10_000);
    await page.goto(`/bewerken/concept#route=${bomb}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('te groot');
    await expect(alert).not.toContainText('beschadigd');
  });
});
