import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe.ts';
import { download } from './editor-helpers.ts';
import {
  expectNoSidewaysScroll,
  scanFile,
  startScanByKeyboard,
  tabTo,
} from './samenwerken-helpers.ts';

const group = (page: import('@playwright/test').Page, title: string) =>
  page.getByRole('group', { name: `Hoe gaat dit bij jullie? (${title})` });

test('a scan is filled in by keyboard only, kept after a reload, and shows its result', async ({
  page,
}) => {
  await startScanByKeyboard(page, 'Basisschool De Linde met wijkteam Noord', 'intern begeleider');

  // Element 1: "Gaat goed" with a note.
  const first = group(page, 'Randvoorwaarden');
  await tabTo(page, first.getByRole('radio').first());
  await page.keyboard.press('Space');
  await expect(first.getByRole('radio', { name: /Gaat goed/ })).toBeChecked();
  await tabTo(page, page.getByLabel(/^Toelichting bij Randvoorwaarden/));
  await page.keyboard.type('Er is een convenant met de gemeente.');

  // Element 2: arrow keys move the choice to "Kan beter"; undo and redo follow it.
  const second = group(page, 'Gezamenlijke visie en doelen');
  await tabTo(page, second.getByRole('radio').first());
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(second.getByRole('radio', { name: /Kan beter/ })).toBeChecked();
  await page.keyboard.press('Control+z');
  await expect(second.getByRole('radio', { name: /Gaat goed/ })).toBeChecked();
  await page.keyboard.press('Control+Shift+z');
  await expect(second.getByRole('radio', { name: /Kan beter/ })).toBeChecked();
  await expect(page.getByText('2 van 12 beantwoord').first()).toBeVisible();
  await expect(page.getByText(/Opgeslagen in deze browser om/)).toBeVisible();

  await page.reload();
  await expect(
    group(page, 'Gezamenlijke visie en doelen').getByRole('radio', { name: /Kan beter/ }),
  ).toBeChecked();
  await expect(page.getByLabel(/^Toelichting bij Randvoorwaarden/)).toHaveValue(
    'Er is een convenant met de gemeente.',
  );

  await tabTo(page, page.getByRole('link', { name: 'Bekijk de uitkomst' }).first(), 10);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/samenwerken\/zelfscan\/uitkomst\?id=zelfscan-/);
  await expect(page.getByRole('img', { name: /Staafdiagram/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Gaat goed (1)' })).toContainText(
    'Randvoorwaarden',
  );
  await expect(page.getByRole('region', { name: 'Kan beter (1)' })).toContainText(
    'Gezamenlijke visie en doelen',
  );
  await expect(page.getByRole('region', { name: 'Nog niet beantwoord (10)' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Randvoorwaarden/ })).toContainText('Gaat goed');
  await expect(page.getByText('Er is een convenant met de gemeente.')).toBeVisible();
});

// The project runs on Chromium only (playwright.config.ts), whose page.pdf this uses.
test('the result prints on A4 portrait, without buttons', async ({ page }) => {
  await startScanByKeyboard(page, 'VO College met jeugdteam', 'zorgcoördinator');
  await page.getByRole('link', { name: 'Bekijk de uitkomst' }).first().click();
  await expect(page.getByRole('button', { name: 'Afdrukken of bewaren als PDF' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Afdrukken of bewaren als PDF' })).toBeHidden();
  await expect(page.getByRole('img', { name: /Staafdiagram/ })).toBeVisible();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  // A4 portrait in PDF points (595 × 842) on every sheet, the first one included.
  const sheets = pdf.match(/\/MediaBox \[[^\]]*\]/g) ?? [];
  expect(sheets.length).toBeGreaterThan(0);
  for (const sheet of sheets) expect(sheet).toMatch(/\[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
});

test('several people’s answers are combined, show where the team disagrees, and are shared by link', async ({
  page,
  context,
}) => {
  await page.goto('/samenwerken/zelfscan');
  const ib = scanFile('intern begeleider', { communicatie: 'gaat-goed', effecten: 'kan-beter' });
  const jgz = scanFile('jeugdverpleegkundige', {
    communicatie: 'kan-beter',
    effecten: 'kan-beter',
  });
  await page
    .getByLabel('Of plak de inhoud van een bestand, of een deellink')
    .fill(JSON.stringify(ib));
  await page.getByRole('button', { name: 'Geplakte tekst toevoegen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '1 zelfscan toegevoegd.' }),
  ).toBeVisible();
  await page.getByLabel('Kies een of meer bestanden (.json)').setInputFiles({
    name: 'jgz.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(jgz)),
  });
  await expect(
    page.getByRole('status').filter({ hasText: '1 zelfscan toegevoegd.' }),
  ).toBeVisible();
  // The same file again is not added twice.
  await page
    .getByLabel('Of plak de inhoud van een bestand, of een deellink')
    .fill(JSON.stringify(ib));
  await page.getByRole('button', { name: 'Geplakte tekst toevoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 stond er al' })).toBeVisible();

  await page.getByRole('checkbox', { name: /intern begeleider/ }).check();
  await page.getByRole('checkbox', { name: /jeugdverpleegkundige/ }).check();
  await page.getByRole('button', { name: /Bekijk de gekozen zelfscans samen/ }).click();
  await expect(page.getByText('2 zelfscans samen')).toBeVisible();
  const divided = page.getByRole('region', { name: 'Verdeeld (1)' });
  await expect(divided).toContainText('Effectieve communicatie');
  await expect(divided).toContainText('gaat goed: 1, kan beter: 1 van 2');
  await expect(page.getByRole('region', { name: 'Kan beter (1)' })).toContainText(
    'Zicht op effecten',
  );

  const file = await download(page, 'Zelfscans downloaden (JSON)');
  expect(JSON.parse(file.text)).toHaveLength(2);

  await page.getByRole('button', { name: 'Deellink maken' }).click();
  const link = await page.getByLabel(/^Deellink/).inputValue();
  expect(link).toMatch(/\/samenwerken\/zelfscan\/uitkomst#scans=[A-Za-z0-9_-]+$/);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByText('2 zelfscans samen')).toBeVisible();
  await expect(other.getByText(/komt uit een deellink/)).toBeVisible();
  await other.getByRole('button', { name: 'Bewaar in deze browser' }).click();
  await expect(other).toHaveURL(/uitkomst\?id=zelfscan-.*&id=zelfscan-/);
});

test('a bad import is refused in Dutch and keeps the answers', async ({ page }) => {
  await startScanByKeyboard(page, 'De Linde met wijkteam Noord', 'mentor');
  await group(page, 'Zicht op effecten')
    .getByRole('radio', { name: /Weten we niet/ })
    .check();
  const broken = { ...scanFile('mentor', { effecten: 'kan-beter' }), answers: { efecten: {} } };
  await page.getByLabel('Of plak de inhoud van het bestand').fill(JSON.stringify(broken));
  await page.getByRole('button', { name: 'Geplakte tekst inlezen' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Niet ingelezen' });
  await expect(alert).toBeFocused();
  await expect(alert).toContainText('Je zelfscan is niet veranderd.');
  await expect(alert).toContainText(
    'Antwoorden › efecten (/answers/efecten): onbekend veld "efecten" (bedoel je "effecten"?)',
  );
  await expect(
    group(page, 'Zicht op effecten').getByRole('radio', { name: /Weten we niet/ }),
  ).toBeChecked();

  await page
    .getByLabel('Of plak de inhoud van het bestand')
    .fill('{"type": "plan-van-aanpak", "version": 1}');
  await page.getByRole('button', { name: 'Geplakte tekst inlezen' }).click();
  await expect(alert).toContainText('dit is een plan van aanpak, geen zelfscan');
});

test('a scan that cannot be read is set aside and reported, the others stay', async ({ page }) => {
  // Store the broken scan from a page that never reads scans: the scan page itself might
  // read storage (and set it aside) before the reload, leaving nothing to report.
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('routekaart:zelfscan:kapot', '{"app": "rou'));
  await page.goto('/samenwerken/zelfscan');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Een opgeslagen concept kon niet worden gelezen');
  await expect(alert).toContainText('routekaart:zelfscan:kapot-beschadigd');
  expect(
    await page.evaluate(() => localStorage.getItem('routekaart:zelfscan:kapot-beschadigd')),
  ).toBe('{"app": "rou');
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`scan pages pass axe and fit at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/samenwerken/zelfscan');
    await page.evaluate(
      (file) => {
        const value = { ...file };
        delete (value as { $schema?: string }).$schema;
        localStorage.setItem(
          'routekaart:zelfscan:zelfscan-test',
          JSON.stringify({
            app: 'routekaart',
            type: 'zelfscan-concept',
            version: 1,
            id: 'zelfscan-test',
            origin: 'import',
            updatedAt: '2026-11-27T10:00:00.000Z',
            value,
          }),
        );
      },
      scanFile('intern begeleider', {
        communicatie: 'gaat-goed',
        effecten: 'kan-beter',
        betrokkenheid: 'weten-we-niet',
      }),
    );
    for (const path of [
      '/samenwerken/zelfscan',
      '/samenwerken/zelfscan/invullen?id=zelfscan-test',
      '/samenwerken/zelfscan/uitkomst?id=zelfscan-test',
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(/wordt gelezen|wordt geladen/)).toHaveCount(0);
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
    }
  });
}
