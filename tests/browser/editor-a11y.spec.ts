import { expect, test } from '@playwright/test';
import { firstSchool } from './content.ts';
import { expectNoSeriousAxeViolations } from './axe.ts';
import { openTab, waitForChart } from './editor-helpers.ts';

const school = firstSchool();

test('the editor start page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/bewerken');
  await expect(page.getByRole('button', { name: /voortgezet onderwijs/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('the editor has no serious accessibility violations, with a step and the checks open', async ({
  page,
}) => {
  test.slow(); // three full axe runs over a chart of 30 steps
  await page.goto(`/bewerken/${school.slug}`);
  await waitForChart(page);
  await page
    .getByRole('button', { name: new RegExp(`^${school.route.nodes[0]!.label}`) })
    .first()
    .click();
  await expectNoSeriousAxeViolations(page);
  await openTab(page, /Controle/);
  await expectNoSeriousAxeViolations(page);
  await openTab(page, /Bestand/);
  await expectNoSeriousAxeViolations(page);
});

test('the publishing help page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/publiceren');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je route publiceren');
  await expectNoSeriousAxeViolations(page);
});

test('route pages link to their editor and load no elkjs; the editor runs ELK in a worker', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push(response.url());
  });
  await page.goto(`/school/${school.slug}`);
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((url) => /elk|EditorWorkspace/i.test(url))).toEqual([]);

  await page.getByRole('link', { name: 'Bewerk deze route' }).click();
  await expect(page).toHaveURL(`/bewerken/${school.slug}`);
  await waitForChart(page);
  await expect
    .poll(() =>
      page
        .workers()
        .map((worker) => worker.url())
        .join(' '),
    )
    .toContain('elk-worker');
});
