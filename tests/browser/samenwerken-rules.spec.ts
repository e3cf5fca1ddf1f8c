/** The editor's rules, kept by the self-scan and the plan van aanpak too (issue 14, point 4 and 5). */
import { expect, test } from '@playwright/test';
import { tabTo } from './samenwerken-helpers.ts';

const name = 'Naam van de lerende praktijk of het team';

async function startEmptyPlan(page: import('@playwright/test').Page) {
  await page.goto('/samenwerken/plan');
  await page.getByRole('button', { name: 'Begin met een leeg plan' }).click();
  await expect(page).toHaveURL(/\/samenwerken\/plan\/bewerken\?id=plan-/);
}

test('an undo back to where the plan started is saved too', async ({ page }) => {
  await startEmptyPlan(page);
  await page.getByLabel(name).fill('De Linde');
  await page.getByLabel(name).blur();
  await expect(page.getByText(/Opgeslagen in deze browser om/)).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel(name)).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel(name)).toHaveValue('');
});

test('a plan that cannot be read is set aside and reported, nothing is lost', async ({ page }) => {
  await page.goto('/samenwerken/plan');
  // The start page reads the storage once it runs: let it, before the broken plan is put there.
  await expect(page.getByText('Er staan nog geen plannen in deze browser.')).toBeVisible();
  await page.evaluate(() => {
    localStorage.setItem(
      'routekaart:plan:plan-kapot',
      JSON.stringify({
        app: 'routekaart',
        type: 'plan-van-aanpak-concept',
        version: 1,
        id: 'plan-kapot',
        origin: 'new',
        updatedAt: '2026-11-27T10:00:00.000Z',
        value: { type: 'plan-van-aanpak', version: 1 },
      }),
    );
  });
  await page.goto('/samenwerken/plan/bewerken?id=plan-kapot');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('niet worden gelezen');
  await expect(alert).toContainText('geen plan van aanpak in het verwachte formaat');
  await expect(alert).toContainText('routekaart:plan:plan-kapot-beschadigd');
  const kept = await page.evaluate(() =>
    localStorage.getItem('routekaart:plan:plan-kapot-beschadigd'),
  );
  expect(JSON.parse(kept!).id).toBe('plan-kapot');
  // The list no longer trips over it.
  await page.goto('/samenwerken/plan');
  await expect(page.getByText('Er staan nog geen plannen in deze browser.')).toBeVisible();
});

test('a full browser storage is reported in Dutch, and the work stays on screen', async ({
  page,
}) => {
  await startEmptyPlan(page);
  await page.evaluate(() => {
    // Fill up to the last character: big blocks first, then ever smaller ones.
    let index = 0;
    for (let size = 1024 * 1024; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          localStorage.setItem(`vulling-${index++}`, 'x'.repeat(size));
        } catch {
          break;
        }
      }
    }
  });
  await page.getByLabel(name).fill('Een plan dat niet meer past'.repeat(4));
  await expect(
    page.getByText(
      /De opslag van deze browser is vol: je wijzigingen zijn niet bewaard. Download je plan als bestand./,
    ),
  ).toBeVisible();
  await expect(page.getByLabel(name)).toHaveValue(/^Een plan dat niet meer past/);
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('vulling-')) localStorage.removeItem(key);
  });
});

test('throwing a plan away asks first; Escape keeps it, the keyboard can confirm', async ({
  page,
}) => {
  await startEmptyPlan(page);
  await page.getByLabel(name).fill('Weg ermee');
  await page.getByLabel(name).blur();
  await expect(page.getByText(/Opgeslagen in deze browser om/)).toBeVisible();
  await page.goto('/samenwerken/plan');
  const discard = page.getByRole('button', { name: /^Weggooien\W+Weg ermee$/ });
  await tabTo(page, discard);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Plan "Weg ermee" weggooien?' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', { name: 'Weg ermee', exact: true })).toBeVisible();
  await discard.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Plan weggooien' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Plan "Weg ermee" weggegooid.' }),
  ).toBeVisible();
});

test('the scan and plan formats are published as JSON Schema', async ({ request }) => {
  for (const [path, field] of [
    ['/schema/zelfscan.v1.json', 'partnership'],
    ['/schema/plan-van-aanpak.v1.json', 'subgoals'],
  ] as const) {
    const response = await request.get(path);
    expect(response.ok()).toBe(true);
    const schema = await response.json();
    expect(schema.$id).toBe(path);
    expect(JSON.stringify(schema)).toContain(`"${field}"`);
  }
});

test('every samenwerken page credits its sources', async ({ page }) => {
  for (const [path, credits] of [
    ['/samenwerken', ['Netwerk Met Andere Ogen', 'Nederlands Jeugdinstituut (NJi)']],
    ['/samenwerken/zelfscan', ['Nederlands Jeugdinstituut (NJi)', 'De sterkste schakels']],
    ['/samenwerken/plan', ['Netwerk Met Andere Ogen', 'Verwey-Jonker Instituut']],
  ] as const) {
    await page.goto(path);
    const sources = page.getByRole('region', { name: 'Bronnen' });
    for (const credit of credits) await expect(sources).toContainText(credit);
  }
});
