/** The editor never silently changes or loses what a school typed. */
import { type BrowserContext, type Page, expect, test } from '@playwright/test';
import { firstSchool } from './content.ts';
import {
  canvasNode,
  chooseByKeyboard,
  openTab,
  startFromTemplate,
  waitForChart,
} from './editor-helpers.ts';

test('changing a step id letter by letter never moves its connections to another step', async ({
  page,
}) => {
  await startFromTemplate(page, /voortgezet onderwijs/);
  // A second "Mentor" gets the id mentor-2; deleting "-2" passes the first mentor's id.
  await page.getByLabel('Naam van de nieuwe stap').fill('Mentor');
  await page.getByRole('button', { name: 'Stap toevoegen' }).click();
  await page.getByLabel(/^Naam in het schema/).fill('Tweede mentor');
  await chooseByKeyboard(page, 'Naar', 'Zorg');
  await page.getByRole('button', { name: 'Verbinding toevoegen' }).click();
  const connections = page.getByRole('heading', { name: /Verbindingen van deze stap/ });
  await expect(connections).toHaveText('Verbindingen van deze stap (1)');

  const id = page.getByLabel(/^Id/);
  await expect(id).toHaveValue('mentor-2');
  await id.press('End');
  await id.press('Backspace');
  await id.press('Backspace');
  await id.press('x');
  await id.press('Enter');
  await expect(connections).toHaveText('Verbindingen van deze stap (1)');
  await expect(
    page.getByRole('status').filter({ hasText: 'Id gewijzigd in "mentorx"' }),
  ).toBeAttached();

  // An id another step has is refused, with the step named, and nothing changes.
  await id.fill('mentor');
  await id.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'De id "mentor" hoort al bij stap "Mentor". Kies een andere id.',
  );
  await expect(id).toHaveAttribute('aria-invalid', 'true');
  await id.press('Escape');
  await expect(id).toHaveValue('mentorx');
  await expect(connections).toHaveText('Verbindingen van deze stap (1)');

  await page.getByRole('button', { name: 'Alle stappen' }).click();
  await page.getByRole('button', { name: /^Mentor Rol$/ }).click();
  await expect(connections).toHaveText('Verbindingen van deze stap (7)');
});

test('a malformed step id is refused with a message, and the step keeps its id', async ({
  page,
}) => {
  await startFromTemplate(page, /voortgezet onderwijs/);
  await page.getByRole('button', { name: /^Mentor Rol$/ }).click();
  const connections = page.getByRole('heading', { name: /Verbindingen van deze stap/ });
  await expect(connections).toHaveText('Verbindingen van deze stap (7)');
  const id = page.getByLabel(/^Id/);
  await id.fill('Mentor Klas 1');
  await id.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Een id bestaat uit kleine letters');
  await expect(id).toHaveAttribute('aria-invalid', 'true');
  await id.press('Escape');
  await expect(id).toHaveValue('mentor');
  await expect(connections).toHaveText('Verbindingen van deze stap (7)');
});

test('a group id is changed on Enter only and refused when another group has it', async ({
  page,
}) => {
  await startFromTemplate(page, /voortgezet onderwijs/);
  await page.getByRole('tab', { name: 'Groepen' }).click();
  const ids = page.getByLabel(/^Id/);
  const second = ids.nth(1);
  await second.fill('eerste-schil');
  await second.press('Enter');
  await expect(page.getByRole('alert')).toContainText('hoort al bij groep');
  await second.fill('tweede-ring');
  await second.blur();
  await expect(second).toHaveValue('tweede-ring');
  await page.getByRole('tab', { name: /^Stappen/ }).click();
  await page.getByRole('button', { name: /^Zorgcoördinator/ }).click();
  await expect(page.getByLabel('Groep')).toHaveValue('tweede-ring');
});

test('undo back to the published route is kept: a reload does not bring the edit back', async ({
  page,
}) => {
  await page.goto(`/bewerken/${firstSchool().slug}`);
  await waitForChart(page);
  await openTab(page, /^Route$/);
  const title = page.getByLabel(/^Titel/);
  const published = await title.inputValue();
  await title.fill(`${published} (nieuw)`);
  await expect(page.getByText(/Opgeslagen in deze browser om/)).toBeVisible();
  await title.blur();

  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(title).toHaveValue(published);
  await expect(
    page.getByText('Gelijk aan de gepubliceerde route: geen concept bewaard'),
  ).toBeVisible();

  await page.reload();
  await waitForChart(page);
  await openTab(page, /^Route$/);
  await expect(page.getByLabel(/^Titel/)).toHaveValue(published);
  await expect(page.getByText(/Je gaat verder met je concept/)).toHaveCount(0);
});

test.describe('one draft open in two tabs', () => {
  /** Tab A and tab B on the same new draft, both showing its Route tab. */
  async function twoTabs(context: BrowserContext) {
    const a = await context.newPage();
    await startFromTemplate(a, /voortgezet onderwijs/);
    const b = await context.newPage();
    await b.goto(a.url());
    for (const page of [a, b]) {
      await waitForChart(page);
      await openTab(page, /^Route$/);
    }
    return { a, b };
  }
  const title = (page: Page) => page.getByLabel(/^Titel/);

  test('a write in one tab is never silently overwritten by the other', async ({ context }) => {
    const { a, b } = await twoTabs(context);
    await title(a).fill('Versie A');
    await expect(a.getByText(/Opgeslagen in deze browser om/)).toBeVisible();
    await title(b).fill('Versie B');

    await a.reload();
    await waitForChart(a);
    await openTab(a, /^Route$/);
    await expect(title(a)).toHaveValue('Versie A');

    const alert = b.getByRole('alert').filter({ hasText: 'in een ander tabblad gewijzigd' });
    await expect(alert).toBeVisible();
    await expect(b.getByText(/Niet opgeslagen/)).toBeVisible();
    await alert.getByRole('button', { name: 'Mijn versie als nieuw concept bewaren' }).click();
    await expect(b).not.toHaveURL(a.url());
    await waitForChart(b);
    await openTab(b, /^Route$/);
    await expect(title(b)).toHaveValue('Versie B');

    await b.goto('/bewerken');
    await expect(b.getByRole('listitem').filter({ hasText: 'Versie A' })).toHaveCount(1);
    await expect(b.getByRole('listitem').filter({ hasText: 'Versie B' })).toHaveCount(1);
  });

  test("the other tab's version can be opened, and undo brings this tab's back", async ({
    context,
  }) => {
    const { a, b } = await twoTabs(context);
    await title(b).fill('Versie B');
    await expect(b.getByText(/Opgeslagen in deze browser om/)).toBeVisible();
    await title(b).blur();
    await title(a).fill('Versie A');
    await expect(a.getByRole('alert')).toContainText('in een ander tabblad gewijzigd');
    await a.getByRole('button', { name: 'Versie uit het andere tabblad openen' }).click();
    await expect(title(a)).toHaveValue('Versie B');
    await expect(a.getByRole('alert')).toHaveCount(0);
    await a.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(title(a)).toHaveValue('Versie A');
  });
});

test('a new draft lists empty required fields as to do, and shows rule problems at once', async ({
  page,
}) => {
  await startFromTemplate(page, /voortgezet onderwijs/);
  await expect(page.getByRole('tab', { name: /^Controle/ })).toHaveText(
    'Controle (3 nog invullen)',
  );
  await openTab(page, /^Route$/);
  const school = page.getByLabel(/^Naam van de school/);
  await expect(page.locator('#veld-school-name-problems')).toHaveText('Nog invullen');
  await expect(school).not.toHaveAttribute('aria-invalid', 'true');

  // A number that looks like a citizen service number is an error even while fields are empty.
  const title = page.getByLabel(/^Titel/);
  await title.fill('Route 111222333');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#veld-title-problems')).toContainText('burgerservicenummer');
  await expect(page.getByRole('tab', { name: /^Controle/ })).toHaveText(
    'Controle (1 fout, 3 nog invullen)',
  );
});

test('a layout worker that never answers is stopped: the chart is laid out anyway, and the editor says so', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // The worker script loads but never replies to ELK's messages.
  await page.route(/elk-worker[^/]*\.js/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' }),
  );
  await page.clock.install();
  await startFromTemplate(page, /voortgezet onderwijs/);
  await page.getByLabel('Naam van de nieuwe stap').fill('Vertrouwenspersoon');
  await page.getByRole('button', { name: 'Stap toevoegen' }).click();
  await expect(page.getByText('Schema wordt bijgewerkt…')).toBeVisible();

  // The warm-up layout and the next one each wait for the silent worker until the timeout.
  for (let round = 0; round < 2; round++) {
    await page.clock.fastForward('00:21');
    await page.waitForTimeout(500);
  }
  await expect(canvasNode(page, 'Vertrouwenspersoon')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.editor')).toHaveAttribute('data-layout-state', 'klaar');
  await expect(page.getByText(/in de pagina zelf opgemaakt/)).toBeVisible();

  // Later edits are laid out too, without waiting for a worker.
  await page.getByRole('button', { name: 'Alle stappen' }).click();
  await page.getByLabel('Naam van de nieuwe stap').fill('Schoolmaatschappelijk werk');
  await page.getByRole('button', { name: 'Stap toevoegen' }).click();
  await expect(canvasNode(page, 'Schoolmaatschappelijk werk')).toBeVisible();
});
