/** Keyboard users keep their place: after an add or a delete, focus never falls to <body>. */
import { expect, test } from '@playwright/test';
import { canvasNode, chooseByKeyboard, openTab, startFromTemplate } from './editor-helpers.ts';

test('adding a step with Enter puts focus on the new step and says it was added', async ({
  page,
}) => {
  await startFromTemplate(page, /voortgezet onderwijs/);
  await page.getByLabel('Naam van de nieuwe stap').focus();
  await page.keyboard.type('Vertrouwenspersoon');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Stap: Vertrouwenspersoon' })).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: 'Stap "Vertrouwenspersoon" toegevoegd.' }),
  ).toBeAttached();
  // The next Tab goes on into the new step's form, not to the top of the page.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Naam in het schema' })).toBeFocused();
});

test('adding a connection keeps focus in its form, ready for the next one', async ({ page }) => {
  await startFromTemplate(page, /voortgezet onderwijs/);
  await openTab(page, /^Verbindingen/);
  const form = page.getByRole('form', { name: 'Nieuwe verbinding' });
  await chooseByKeyboard(page, 'Van', 'Mentor');
  await chooseByKeyboard(page, 'Naar', 'Signaal');
  await form.getByRole('button', { name: 'Verbinding toevoegen' }).focus();
  await page.keyboard.press('Enter');

  await expect(
    page.getByRole('status').filter({ hasText: 'Verbinding toegevoegd: Mentor' }),
  ).toBeAttached();
  await expect(form.getByRole('button', { name: 'Verbinding toevoegen' })).toBeFocused();
});

test('after deleting a step, a connection or a group, focus is on the list it was in', async ({
  page,
}) => {
  await startFromTemplate(page, /voortgezet onderwijs/);
  const steps = await page.getByRole('tab', { name: /^Stappen/ }).textContent();
  const stepCount = Number(/\d+/.exec(steps ?? '')?.[0]);

  await page.getByRole('button', { name: /^Mentor Rol$/ }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Stap: Mentor' })).toBeFocused();
  await page.getByRole('button', { name: 'Stap verwijderen' }).press('Enter');
  await page
    .getByRole('dialog', { name: 'Stap "Mentor" verwijderen?' })
    .getByRole('button', { name: 'Stap verwijderen' })
    .press('Enter');
  await expect(
    page.getByRole('heading', { name: `Alle stappen (${stepCount - 1})` }),
  ).toBeFocused();

  await openTab(page, /^Verbindingen/);
  const firstEdge = page.getByRole('list', { name: /^Alle verbindingen/ }).getByRole('button');
  await firstEdge.first().press('Enter');
  await expect(page.getByRole('heading', { name: /^Verbinding: / })).toBeFocused();
  await page.getByRole('button', { name: 'Verbinding verwijderen' }).press('Enter');
  await page
    .getByRole('dialog', { name: 'Verbinding verwijderen?' })
    .getByRole('button', { name: 'Verbinding verwijderen' })
    .press('Enter');
  await expect(page.getByRole('heading', { name: /^Alle verbindingen \(\d+\)$/ })).toBeFocused();

  await openTab(page, /^Groepen/);
  const groupHeading = page.getByRole('heading', { name: /^Groepen \(\d+\)$/ });
  const groups = Number(/\d+/.exec((await groupHeading.textContent()) ?? '')?.[0]);
  await page
    .getByRole('button', { name: /^Groep verwijderen/ })
    .first()
    .press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Groep verwijderen' }).press('Enter');
  await expect(page.getByRole('heading', { name: `Groepen (${groups - 1})` })).toBeFocused();
});

test('going back from a step to the list, and deleting a step on the chart, keep focus', async ({
  page,
}) => {
  await startFromTemplate(page, /voortgezet onderwijs/);
  await page.getByRole('button', { name: /^Mentor Rol$/ }).press('Enter');
  await page.getByRole('button', { name: 'Alle stappen' }).press('Enter');
  await expect(page.getByRole('heading', { name: /^Alle stappen \(\d+\)$/ })).toBeFocused();

  await canvasNode(page, 'Mentor').focus();
  await page.keyboard.press('Delete');
  await page
    .getByRole('dialog', { name: 'Stap "Mentor" verwijderen?' })
    .getByRole('button', { name: 'Stap verwijderen' })
    .press('Enter');
  await expect(canvasNode(page, 'Mentor')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Schema van de route (bewerken)' })).toBeFocused();
});
