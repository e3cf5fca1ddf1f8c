/**
 * Issue 13, keeping routes current: a school sends its route to the beheerder, readers
 * report mistakes from the page they see them on, the beheerder checks a sent-in file and
 * sees which routes are overdue, and each route shows what changed over time.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { formatDutchDate, todayIso } from '../../src/core/dates.ts';
import type { Route } from '../../src/core/route/route-schema.ts';
import type { Site } from '../../src/core/site/site-schema.ts';
import { expectNoSeriousAxeViolations } from './axe.ts';
import { openTab, waitForChart } from './editor-helpers.ts';
import { ROUTES } from './content.ts';

const site = JSON.parse(readFileSync(join('content', 'site.json'), 'utf8')) as Site;
/** A school whose route file names its own address for remarks. */
const school = ROUTES.find(
  (entry) => entry.route.kind === 'school' && entry.route.maintainerEmail,
)!;
const schoolUrl = `/school/${school.slug}`;
const schoolName = school.route.school!.name;

/** A mailto link read back as a mail program would. */
async function mailOf(page: Page, name: string | RegExp) {
  const href = await page
    .getByRole('link', { name, exact: typeof name === 'string' })
    .getAttribute('href');
  const url = new URL(href ?? '');
  return {
    protocol: url.protocol,
    to: decodeURIComponent(url.pathname),
    subject: url.searchParams.get('subject') ?? '',
    body: url.searchParams.get('body') ?? '',
  };
}

test('a school sends its route to the beheerder from the editor', async ({ page }) => {
  await page.goto('/publiceren');
  await expect(page.getByText(site.beheerder.organisation).first()).toBeVisible();
  await expect(page.getByText('npm run validate')).toHaveCount(0);
  await page.getByRole('link', { name: 'editor' }).click();
  await page.goto(`/bewerken/${school.slug}`);
  await waitForChart(page);
  await openTab(page, /Bestand/);
  const mail = await mailOf(page, 'Stuur naar de beheerder');
  expect(mail).toMatchObject({
    protocol: 'mailto:',
    to: site.beheerder.email,
    subject: `Route voor Routekaart: ${schoolName}`,
  });
  expect(mail.body).toContain(`Het bestand ${school.slug}.json zit als bijlage`);
  expect(mail.body).toContain('\r\n');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Stuur naar de beheerder' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${school.slug}.json`);
  const sent = JSON.parse(readFileSync(await download.path(), 'utf8')) as Route;
  expect(sent.school?.name).toBe(schoolName);
  await expect(page).toHaveURL(`/bewerken/${school.slug}`);
});

test('feedback from a step carries the page, the step and the date', async ({ page }) => {
  const step = school.route.nodes.find((node) => node.contact?.phone) ?? school.route.nodes[0]!;
  await page.goto(`${schoolUrl}#${step.id}`);
  const details = page.getByRole('complementary', { name: new RegExp(step.label) });
  await expect(details).toBeVisible();
  const link = details.getByRole('link', { name: `Klopt er iets niet bij ${step.label}?` });
  await expect(link).toBeVisible();
  const mail = await mailOf(page, `Klopt er iets niet bij ${step.label}?`);
  expect(mail.to).toBe(school.route.maintainerEmail);
  expect(mail.subject).toContain(step.label);
  expect(mail.body).toContain(`Adres: ${new URL(`${schoolUrl}#${step.id}`, page.url()).href}`);
  expect(mail.body).toContain(`Stap: ${step.label}`);
  expect(mail.body).toContain(`Datum: ${formatDutchDate(todayIso())}`);
  // The whole route, below the chart.
  const route = await mailOf(page, 'Meld een fout in deze route');
  expect(route.to).toBe(school.route.maintainerEmail);
  expect(route.body).not.toContain('Stap:');
});

test('organisation pages and glossary words report to the beheerder', async ({ page }) => {
  await page.goto('/sociale-kaart/kindertelefoon');
  expect((await mailOf(page, 'Meld een fout op deze pagina')).to).toBe(site.beheerder.email);
  await page.goto('/begrippen/mdo');
  const mail = await mailOf(page, 'Meld een fout op deze pagina');
  expect(mail.to).toBe(site.beheerder.email);
  expect(mail.body).toContain('/begrippen/mdo');
});

test('the footer names the beheerder and leads to beheer', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText(site.beheerder.organisation);
  await expect(footer).toContainText('verzonnen voorbeeld');
  await expect(
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }),
  ).toHaveCount(0);
  await footer.getByRole('link', { name: 'Beheer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beheer');
});

test('the beheer check of a changed file lists its differences and the file name', async ({
  page,
}) => {
  const changed: Route = structuredClone(school.route);
  changed.nodes.push({ id: 'vertrouwenspersoon', kind: 'role', label: 'Vertrouwenspersoon' });
  changed.edges.push({ from: changed.nodes[0]!.id, to: 'vertrouwenspersoon', kind: 'refers' });
  await page.goto('/beheer');
  await page.getByLabel('Of plak de inhoud van het bestand').fill(JSON.stringify(changed, null, 2));
  await page.getByRole('button', { name: 'Controleer de geplakte tekst' }).click();
  await expect(
    page.getByText('In het kort: 1 stap toegevoegd, 1 verbinding toegevoegd.'),
  ).toBeVisible();
  const differences = page.getByRole('region', { name: 'Wat er verschilt' });
  await expect(
    differences.getByRole('listitem').filter({ hasText: 'Vertrouwenspersoon' }).first(),
  ).toBeVisible();
  await expect(page.getByText(`content/routes/${school.slug}.json`).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // A broken file: every problem, in words, and no file name to publish under.
  changed.nodes.push({ id: 'vertrouwenspersoon', kind: 'role', label: 'Nog een' });
  changed.maintainerEmail = 'j.jansen@school.example';
  await page.getByLabel('Of plak de inhoud van het bestand').fill(JSON.stringify(changed));
  await page.getByRole('button', { name: 'Controleer de geplakte tekst' }).click();
  await expect(page.getByText(/2 fouten: zo kan de route niet online/)).toBeVisible();
  await expect(page.getByText(/dubbele stap-id "vertrouwenspersoon"/)).toBeVisible();
  await expect(page.getByText(/lijkt een persoonlijk adres/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Zo zet je het online' })).toHaveCount(1);
});

test('the overview sorts, marks overdue routes on today’s date, reminds and downloads CSV', async ({
  page,
}) => {
  // Over a year after the newest check: the site was not rebuilt, the browser's date counts.
  await page.clock.setFixedTime(new Date('2028-01-15T10:00:00Z'));
  await page.goto('/beheer');
  const table = page.getByRole('table');
  const firstNames = () => table.getByRole('rowheader').allInnerTexts();
  await page.getByRole('button', { name: 'School of route' }).click();
  await expect(table.getByRole('columnheader', { name: 'School of route' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  const ascending = await firstNames();
  expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'nl')));
  await page.getByRole('button', { name: 'School of route' }).click();
  expect(await firstNames()).toEqual([...ascending].reverse());

  await page.getByLabel('Status').selectOption('verouderd');
  await expect(table.getByRole('row')).toHaveCount(ROUTES.length + 1);
  const reminder = await mailOf(page, `Stuur een herinnering aan ${schoolName}`);
  expect(reminder.to).toBe(school.route.maintainerEmail);
  expect(reminder.subject).toBe(`Klopt de route van ${schoolName} op Routekaart nog?`);
  expect(reminder.body).toContain(`/bewerken/${school.slug}`);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('routes-2028-01-15.csv');
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe(
    'school of route;soort;gecontroleerd op;status;bijgehouden door;e-mailadres;adres',
  );
  expect(lines).toHaveLength(ROUTES.length + 1);
  expect(lines.slice(1).every((line) => line.includes(';verouderd;'))).toBe(true);
});

/** Whether the checkout the site was built from has its history (not a shallow clone). */
function hasHistory(): boolean {
  try {
    return (
      execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() ===
      'false'
    );
  } catch {
    return false;
  }
}

test('a route page lists the versions of its file and compares one with the one before', async ({
  page,
}) => {
  await page.goto(schoolUrl);
  const history = page.getByRole('region', { name: 'Wat is er veranderd?' });
  await expect(history).toContainText(
    `Voor het laatst gecontroleerd op ${formatDutchDate(school.route.verified)}`,
  );
  // The build of a shallow clone has no history, and the page says so (unit-tested against a
  // small repository in tests/unit/build/route-history.test.ts).
  if (!hasHistory()) {
    await expect(history).toContainText('Eerdere versies van deze route zijn niet bekend');
    return;
  }
  const versions = history.getByRole('listitem');
  expect(await versions.count()).toBeGreaterThanOrEqual(2);
  await expect(versions.last()).toContainText('Eerste versie.');
  await history
    .getByRole('link', { name: /Vergelijk met de versie daarvoor/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`${schoolUrl}/versies/[0-9a-f]{10}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Wat is er veranderd?');
  await expect(page.getByRole('heading', { name: 'Wat er verschilt' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('the beheer page and the publishing help have no serious accessibility violations', async ({
  page,
}) => {
  await page.goto('/beheer');
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.goto('/publiceren');
  await expectNoSeriousAxeViolations(page);
});
