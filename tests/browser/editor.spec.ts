import { expect, test } from '@playwright/test';
import { firstSchool } from './content.ts';
import {
  canvasEdge,
  canvasNode,
  chooseByKeyboard,
  openTab,
  startFromTemplate,
  waitForChart,
} from './editor-helpers.ts';

test('creates a route from the VO template, adds a step and connects it with the keyboard only', async ({
  page,
}) => {
  await startFromTemplate(page, /voortgezet onderwijs/);
  await expect(canvasNode(page, 'Mentor')).toBeVisible();

  await page.getByLabel('Naam van de nieuwe stap').focus();
  await page.keyboard.type('Vertrouwenspersoon');
  await chooseByKeyboard(page, 'Soort', 'Rol');
  await page.getByRole('button', { name: 'Stap toevoegen' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Stap: Vertrouwenspersoon' })).toBeVisible();
  await expect(canvasNode(page, 'Vertrouwenspersoon')).toHaveAttribute(
    'aria-label',
    'Rol: Vertrouwenspersoon',
  );

  await chooseByKeyboard(page, 'Naar', 'Mentor');
  await page.getByRole('button', { name: 'Verbinding toevoegen' }).focus();
  await page.keyboard.press('Enter');

  await expect(
    page.getByRole('button', { name: 'Vertrouwenspersoon verwijst naar Mentor' }),
  ).toBeVisible();
  await waitForChart(page);
  await expect(canvasEdge(page, 'vertrouwenspersoon->mentor:refers')).toHaveCount(1);
  await expect(
    page.getByRole('status').filter({ hasText: 'Verbinding toegevoegd' }),
  ).toBeAttached();
});

test('undo and redo: typing in one field is one step, by buttons and by keys', async ({ page }) => {
  await startFromTemplate(page, /voortgezet onderwijs/);
  await openTab(page, /^Route$/);
  const title = page.getByLabel(/^Titel/);
  const municipality = page.getByLabel(/^Gemeente/);
  await title.fill('');
  await title.pressSequentially('Onze route');
  await municipality.pressSequentially('Voorbeeldstad');
  await title.focus();

  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(municipality).toHaveValue('');
  await expect(title).toHaveValue('Onze route');
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue('Ondersteuningsroute');
  await page.keyboard.press('Control+Shift+z');
  await expect(title).toHaveValue('Onze route');
  await page.getByRole('button', { name: 'Opnieuw' }).click();
  await expect(municipality).toHaveValue('Voorbeeldstad');
  await expect(page.getByRole('button', { name: 'Opnieuw' })).toBeDisabled();
});

test('the draft survives a reload and is listed with its last change', async ({ page }) => {
  await startFromTemplate(page, /basisonderwijs \(po\)/);
  await openTab(page, /^Route$/);
  await page.getByLabel(/^Naam van de school/).fill('OBS De Linde');
  await expect(page.getByText(/Opgeslagen in deze browser om/)).toBeVisible();
  const url = page.url();

  await page.reload();
  await waitForChart(page);
  await openTab(page, /^Route$/);
  await expect(page.getByLabel(/^Naam van de school/)).toHaveValue('OBS De Linde');

  await page.goto('/bewerken');
  const card = page.getByRole('listitem').filter({ hasText: 'OBS De Linde' });
  await expect(card).toContainText('laatst gewijzigd');
  await card.getByRole('link').click();
  await expect(page).toHaveURL(url);
});

test('a reopened draft shows its chart at once, from the layout kept with it', async ({ page }) => {
  await startFromTemplate(page, /basisonderwijs \(po\)/);
  await page.getByLabel('Naam van de nieuwe stap').fill('Vertrouwenspersoon');
  await page.getByRole('button', { name: 'Stap toevoegen' }).click();
  await waitForChart(page);
  await expect(canvasNode(page, 'Vertrouwenspersoon')).toBeVisible();

  // Without ELK the chart can only come from the layout saved with the draft.
  await page.route(/elk-worker|elk\.bundled/, (route) => route.abort());
  await page.reload();
  await waitForChart(page);
  await expect(canvasNode(page, 'Vertrouwenspersoon')).toBeVisible();
});

test('deleting a step asks first, and takes its connections along', async ({ page }) => {
  await startFromTemplate(page, /voortgezet onderwijs/);
  await page.getByRole('button', { name: /^Mentor Rol$/ }).click();
  await page.getByRole('button', { name: 'Stap verwijderen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Stap "Mentor" verwijderen?' });
  await expect(dialog).toContainText('verbindingen');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(canvasNode(page, 'Mentor')).toHaveCount(1);

  await page.getByRole('button', { name: 'Stap verwijderen' }).click();
  await dialog.getByRole('button', { name: 'Stap verwijderen' }).click();
  await waitForChart(page);
  await expect(canvasNode(page, 'Mentor')).toHaveCount(0);
  await expect(page.locator('[data-edge-id*="mentor"]')).toHaveCount(0);
});

test('a problem is shown at its field and the list jumps there', async ({ page }) => {
  await startFromTemplate(page, /voortgezet onderwijs/);
  await openTab(page, /^Controle/);
  await page.getByRole('button', { name: /naam van de school/ }).click();
  const name = page.getByLabel(/^Naam van de school/);
  await expect(name).toBeFocused();
  // Empty in a new draft: a to-do, not an error.
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#veld-school-name-problems')).toHaveText('Nog invullen');
});

test('a corrupt stored draft is reported and set aside, not a crash', async ({ page }) => {
  await page.goto('/bewerken');
  // Let this first page read storage before the broken value goes in; otherwise it
  // (correctly) sets the value aside itself and the reload has nothing left to report.
  await expect(page.getByText('Er staan nog geen concepten in deze browser.')).toBeVisible();
  await page.evaluate(() => localStorage.setItem('routekaart:concept:kapot', '{niet leesbaar'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('routekaart:concept:kapot-beschadigd');
  expect(
    await page.evaluate(() => localStorage.getItem('routekaart:concept:kapot-beschadigd')),
  ).toBe('{niet leesbaar');
  await expect(page.getByRole('button', { name: /voortgezet onderwijs/ })).toBeEnabled();
});

test('the worker lays a route out exactly as the build did', async ({ page }) => {
  const school = firstSchool();
  await page.goto(`/bewerken/${school.slug}`);
  await waitForChart(page);
  const positions = () =>
    page
      .locator('.react-flow__node')
      .evaluateAll((nodes) =>
        nodes
          .map((node) => `${node.getAttribute('data-id')} ${(node as HTMLElement).style.transform}`)
          .sort(),
      );
  const built = await positions();

  // A step added and taken back: the same route again, now laid out by ELK in the worker.
  await page.getByLabel('Naam van de nieuwe stap').fill('Tijdelijk');
  await page.getByRole('button', { name: 'Stap toevoegen' }).click();
  await waitForChart(page);
  await expect(canvasNode(page, 'Tijdelijk')).toHaveCount(1);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await waitForChart(page);
  await expect(canvasNode(page, 'Tijdelijk')).toHaveCount(0);
  expect(await positions()).toEqual(built);
});

test('without Web Workers the editor lays out on the main thread', async ({ page }) => {
  await page.addInitScript(() => {
    // @ts-expect-error -- a browser (or a locked-down page) without workers
    delete window.Worker;
  });
  await startFromTemplate(page, /voortgezet onderwijs/);
  await page.getByLabel('Naam van de nieuwe stap').fill('Zonder worker');
  await page.getByRole('button', { name: 'Stap toevoegen' }).click();
  await waitForChart(page);
  await expect(canvasNode(page, 'Zonder worker')).toHaveCount(1);
  expect(page.workers()).toHaveLength(0);
});

test('dragging from a step’s handle to another step connects them', async ({ page }) => {
  await startFromTemplate(page, /voortgezet onderwijs/);
  await page.getByLabel('Soort verbinding bij slepen').selectOption({ label: 'vraagt advies aan' });
  // Measure the handles only once the chart is laid out and has stopped moving: under load the
  // first layout (or the fit after it) can land between measuring and dragging.
  await waitForChart(page);
  const from = canvasNode(page, 'Mentor').locator('.react-flow__handle.source');
  const to = canvasNode(page, 'Signaal of zorg').locator('.react-flow__handle.target');
  await expect
    .poll(async () => {
      const before = JSON.stringify(await to.boundingBox());
      await page.waitForTimeout(150);
      return before === JSON.stringify(await to.boundingBox());
    })
    .toBe(true);
  const start = (await from.boundingBox())!;
  const end = (await to.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(
    page.getByRole('heading', { name: /Verbinding: Mentor vraagt advies aan Signaal of zorg/ }),
  ).toBeVisible();
  await waitForChart(page);
  await expect(canvasEdge(page, 'mentor->signaal:consults')).toHaveCount(1);
});

test('on the chart, Enter chooses a step and Delete removes it after a question', async ({
  page,
}) => {
  await startFromTemplate(page, /voortgezet onderwijs/);
  const node = canvasNode(page, 'Mentor');
  await node.focus();
  await expect(node).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Stap: Mentor' })).toBeVisible();
  await node.focus();
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: 'Stap "Mentor" verwijderen?' });
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(canvasNode(page, 'Mentor')).toHaveCount(1);
});
