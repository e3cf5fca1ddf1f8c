import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe.ts';
import { expectNoSidewaysScroll } from './samenwerken-helpers.ts';

test('the main menu leads to the forms of cooperation, each with where a route shows it', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Samenwerken' })
    .click();
  await expect(page).toHaveURL(/\/samenwerken$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Samenwerken tussen school en jeugdhulp',
  );
  for (const form of [
    'Samenwerking voor preventie',
    'Samenwerking rondom beoordeling en aanpak',
    'Samenwerking in de uitvoering',
  ])
    await expect(page.getByRole('heading', { level: 3, name: form })).toBeVisible();
  for (const sector of ['primair onderwijs', 'voortgezet onderwijs', 'In het mbo'])
    await expect(page.getByRole('heading', { level: 4, name: new RegExp(sector) })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Integraal arrangeren' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Zo werkt het op de meeste basisscholen' }),
  ).toHaveAttribute('href', '/route/template-po');
  const sources = page.getByRole('region', { name: 'Bronnen' });
  await expect(sources).toContainText('Netwerk Met Andere Ogen');
  await expect(sources).toContainText('in eigen woorden');
});

test('a variant links to the step of a route that shows it', async ({ page }) => {
  await page.goto('/samenwerken');
  await page
    .getByRole('link', { name: 'Schoolmaatschappelijk werker bij Basisschool De Regenboog' })
    .click();
  await expect(page).toHaveURL(/\/school\/de-regenboog-voorbeeldstad#smw$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('De Regenboog');
});

test('/samenwerken passes axe', async ({ page }) => {
  await page.goto('/samenwerken');
  await expectNoSeriousAxeViolations(page);
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('/samenwerken fits without sideways scrolling and passes axe', async ({ page }) => {
    await page.goto('/samenwerken');
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
  });

  test('the main menu wraps instead of widening the page', async ({ page }) => {
    await page.goto('/');
    await expectNoSidewaysScroll(page);
  });
});
