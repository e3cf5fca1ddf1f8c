import { type Page, expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe.ts';
import { download } from './editor-helpers.ts';
import { expectNoSidewaysScroll, scanFile, tabTo } from './samenwerken-helpers.ts';

async function startEmptyPlan(page: Page) {
  await page.goto('/samenwerken/plan');
  await tabTo(page, page.getByRole('button', { name: 'Begin met een leeg plan' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/samenwerken\/plan\/bewerken\?id=plan-/);
  await expect(page.getByRole('heading', { name: 'Gegevens' })).toBeVisible();
}

/** A plan with two goals (the first with a subgoal), made with the keyboard where it matters. */
async function fillTwoGoals(page: Page) {
  await page
    .getByLabel('Naam van de lerende praktijk of het team')
    .fill('Basisschool De Linde met wijkteam Noord');
  await page.getByLabel(/^Gemeente/).fill('Voorbeeldstad');
  await page.getByRole('checkbox', { name: 'Het proces van samenwerken' }).check();
  await page.getByRole('checkbox', { name: 'Relationeel niveau' }).check();
  await tabTo(page, page.getByRole('button', { name: 'Doel toevoegen', exact: true }), 80);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Doel 1: wat willen jullie bereiken?')).toBeFocused();
  await page.keyboard.type('Elke leerling met zorgen is binnen twee weken besproken');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Maandelijks ondersteuningsteam met het wijkteam erbij');
  await page.getByRole('button', { name: 'Subdoel toevoegen bij doel 1' }).click();
  await expect(page.getByLabel(/^Omschrijving\s+van subdoel 1\.1/)).toBeFocused();
  await page.keyboard.type('Vaste contactpersoon per school');
  await page.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
  await expect(page.getByLabel('Doel 2: wat willen jullie bereiken?')).toBeFocused();
  await page.keyboard.type('Ouders weten bij wie ze terechtkunnen');
  await page
    .getByRole('textbox', { name: /^Afbakening/ })
    .fill('Geen aandacht voor de zorg in de kinderopvang.');
  await page.getByRole('checkbox', { name: /Basisschool De Regenboog/ }).check();
}

test('a plan with two goals is kept after a reload, found again, exported and imported', async ({
  page,
}) => {
  await startEmptyPlan(page);
  await fillTwoGoals(page);

  // Reorder by keyboard, then undo and redo.
  await page.getByRole('button', { name: /^Omhoog\W+doel 2$/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Doel 1: wat willen jullie bereiken?')).toHaveValue(
    'Ouders weten bij wie ze terechtkunnen',
  );
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Doel 1: wat willen jullie bereiken?')).toHaveValue(
    'Elke leerling met zorgen is binnen twee weken besproken',
  );
  await expect(page.getByText(/Opgeslagen in deze browser om/)).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Doel 2: wat willen jullie bereiken?')).toHaveValue(
    'Ouders weten bij wie ze terechtkunnen',
  );
  await expect(page.getByLabel(/^Omschrijving\s+van subdoel 1\.1/)).toHaveValue(
    'Vaste contactpersoon per school',
  );
  await expect(page.getByRole('checkbox', { name: 'Relationeel niveau' })).toBeChecked();

  await page.goto('/samenwerken/plan');
  await page
    .getByRole('link', {
      name: 'Basisschool De Linde met wijkteam Noord, Voorbeeldstad',
      exact: true,
    })
    .click();
  await expect(page.getByRole('textbox', { name: /^Afbakening/ })).toHaveValue(
    'Geen aandacht voor de zorg in de kinderopvang.',
  );

  const file = await download(page, 'Plan downloaden (JSON)');
  expect(file.name).toBe(
    'plan-van-aanpak-basisschool-de-linde-met-wijkteam-noord-voorbeeldstad.json',
  );
  expect(file.text.split('\n')[1]).toBe('  "$schema": "/schema/plan-van-aanpak.v1.json",');
  const plan = JSON.parse(file.text);
  expect(plan.goals.map((goal: { text: string }) => goal.text)).toEqual([
    'Elke leerling met zorgen is binnen twee weken besproken',
    'Ouders weten bij wie ze terechtkunnen',
  ]);
  expect(plan.routes).toEqual(['de-regenboog-voorbeeldstad']);

  await page.goto('/samenwerken/plan');
  await page.getByLabel('Kies een bestand (.json)').setInputFiles(file.path);
  await expect(page).toHaveURL(/\/samenwerken\/plan\/bewerken\?id=plan-/);
  const again = await download(page, 'Plan downloaden (JSON)');
  expect(again.text).toBe(file.text);
});

test('a bad import is refused in Dutch and keeps the plan', async ({ page }) => {
  await startEmptyPlan(page);
  await page.getByLabel('Naam van de lerende praktijk of het team').fill('Het Voorbeeld College');
  await page.getByLabel('Of plak de inhoud van het bestand').fill(
    JSON.stringify({
      type: 'plan-van-aanpak',
      version: 1,
      practice: 'X',
      goals: [{ id: 'doel-1', txt: '' }],
    }),
  );
  await page.getByRole('button', { name: 'Geplakte tekst inlezen' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Niet ingelezen' });
  await expect(alert).toBeFocused();
  await expect(alert).toContainText('Je plan is niet veranderd.');
  await expect(alert).toContainText(
    'Doel 1 › txt (/goals/0/txt): onbekend veld "txt" (bedoel je "text"?)',
  );
  await expect(alert).toContainText('Ingevuld door (/filledBy): verplicht veld ontbreekt');
  await expect(page.getByLabel('Naam van de lerende praktijk of het team')).toHaveValue(
    'Het Voorbeeld College',
  );
});

test('the printed plan looks like the filled-in form, on A4 portrait', async ({ page }) => {
  await startEmptyPlan(page);
  await fillTwoGoals(page);
  await page.getByRole('link', { name: 'Bekijk als formulier en druk af' }).click();
  await expect(page).toHaveURL(/\/samenwerken\/plan\/afdrukken\?id=plan-/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Interprofessionele samenwerking onderwijs en jeugdhulp',
  );
  await expect(
    page.getByText('Basisschool De Linde met wijkteam Noord, Voorbeeldstad'),
  ).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Het proces van samenwerken (gekozen)' }),
  ).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText([
    'Doelen',
    'Activiteiten',
    'Wie doet wat?',
    'Wat evalueren we en hoe?',
  ]);
  await expect(table.getByRole('rowheader')).toHaveText([
    /Doel 1.*binnen twee weken/,
    /Subdoel 1\.1.*Vaste contactpersoon/,
    /Doel 2.*Ouders weten/,
  ]);
  await expect(page.getByRole('link', { name: /Basisschool De Regenboog/ })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Afdrukken of bewaren als PDF' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const sheets = pdf.match(/\/MediaBox \[[^\]]*\]/g) ?? [];
  expect(sheets.length).toBeGreaterThan(0);
  for (const sheet of sheets) expect(sheet).toMatch(/\[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
});

test('"kan beter" elements of a scan become the plan’s starting goals', async ({ page }) => {
  await page.goto('/samenwerken/zelfscan');
  await page.getByLabel('Of plak de inhoud van een bestand, of een deellink').fill(
    JSON.stringify(
      scanFile('intern begeleider', {
        communicatie: 'kan-beter',
        effecten: 'kan-beter',
        randvoorwaarden: 'gaat-goed',
      }),
    ),
  );
  await page.getByRole('button', { name: 'Geplakte tekst toevoegen' }).click();
  await page.getByRole('link', { name: /^Uitkomst/ }).click();
  await expect(page.getByText('2 elementen kunnen beter.', { exact: false })).toBeVisible();
  await page
    .getByRole('button', { name: 'Maak een plan van aanpak met de verbeterpunten' })
    .click();
  await expect(page).toHaveURL(/\/samenwerken\/plan\/bewerken\?id=plan-/);
  await expect(page.getByLabel('Naam van de lerende praktijk of het team')).toHaveValue(
    'Basisschool De Linde met wijkteam Noord',
  );
  await expect(page.getByLabel('Doel 1: wat willen jullie bereiken?')).toHaveValue(
    'Beter samenwerken op: Effectieve communicatie',
  );
  await expect(page.getByLabel('Doel 2: wat willen jullie bereiken?')).toHaveValue(
    'Beter samenwerken op: Zicht op effecten',
  );
  await expect(
    page.getByText('Uit de zelfscan: Effectieve communicatie (kan beter)'),
  ).toBeVisible();
});

test('a shared plan opens as a new plan next to the existing ones', async ({ page, context }) => {
  await startEmptyPlan(page);
  await page.getByLabel('Naam van de lerende praktijk of het team').fill('Vakcollege Gedeeld');
  await page.getByRole('button', { name: 'Deellink maken' }).click();
  const link = await page.getByLabel(/^Deellink/).inputValue();
  expect(link).toMatch(/\/samenwerken\/plan\/bewerken#plan=[A-Za-z0-9_-]+$/);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other).toHaveURL(/bewerken\?id=plan-/);
  await expect(other.getByLabel('Naam van de lerende praktijk of het team')).toHaveValue(
    'Vakcollege Gedeeld',
  );
  expect(other.url()).not.toBe(page.url());
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`plan pages pass axe and fit at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await startEmptyPlan(page);
    await fillTwoGoals(page);
    const editUrl = page.url();
    const printUrl = editUrl.replace('/bewerken', '/afdrukken');
    for (const path of ['/samenwerken/plan', editUrl, printUrl, '/samenwerken']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(/wordt gelezen|wordt geladen/)).toHaveCount(0);
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
    }
  });
}
