/**
 * Issue 12 for parents: the way in, each route told in plain Dutch, "wie heb ik gesproken?"
 * kept on the device only, and glossary links that open the meaning for parents.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Locator, type Page, expect, test } from '@playwright/test';
import { parentSteps } from '../../src/core/parents/parent-steps.ts';
import { expectNoSeriousAxeViolations } from './axe.ts';
import { ROUTES } from './content.ts';

const regenboog = ROUTES.find((entry) => entry.slug === 'de-regenboog-voorbeeldstad')!;
const schoolName = regenboog.route.school!.name;
const parentRoute = `/school/${regenboog.slug}/ouders`;
const schoolContacts = `/school/${regenboog.slug}/wie-heb-ik-gesproken`;
const ROUTE_HEADING = 'Wat gebeurt er als u of de school zich zorgen maakt?';

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`not reached by ${limit} presses of Tab`);
}

test("a parent finds a school's route for parents from the home page by keyboard", async ({
  page,
}) => {
  await page.goto('/');
  const main = page.getByRole('main');
  await tabTo(page, main.getByRole('link', { name: 'Voor ouders en verzorgers' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/ouders');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voor ouders en verzorgers');

  const search = page.getByRole('searchbox', { name: 'Naam van de school of de plaats' });
  await tabTo(page, search);
  await page.keyboard.type('Regenboog');
  await expect(page.getByRole('status').filter({ hasText: 'gevonden' })).toHaveText(
    '1 school gevonden',
  );
  await tabTo(page, page.getByRole('link', { name: schoolName }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(parentRoute);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUTE_HEADING);
});

test('the main menu and a route page lead parents to their pages', async ({ page }) => {
  await page.goto(`/school/${regenboog.slug}`);
  await page.getByRole('link', { name: 'Voor ouders: deze route in gewone woorden' }).click();
  await expect(page).toHaveURL(parentRoute);
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Voor ouders en verzorgers' })
    .click();
  await expect(page).toHaveURL('/ouders');
});

for (const entry of ROUTES.filter(
  (candidate) => candidate.route.kind !== 'template' || candidate.slug === 'template-po',
)) {
  const kindPath = entry.route.kind === 'school' ? 'school' : 'route';
  test(`the route for parents of ${entry.slug} lists every step a parent takes part in`, async ({
    page,
  }) => {
    await page.goto(`/${kindPath}/${entry.slug}/ouders`);
    const steps = page
      .getByRole('region', { name: 'Stap voor stap' })
      .getByRole('heading', { level: 3 });
    const expected = parentSteps(entry.route);
    await expect(steps).toHaveText(expected.map((step) => step.node.label));
    // Every consent step and every step that names the parents is among them.
    const listed = new Set(expected.map((step) => step.node.id));
    const mustBeListed = entry.route.nodes.filter(
      (node) => node.kind === 'consent' || /\bouders\b/i.test(node.label),
    );
    expect(mustBeListed.filter((node) => !listed.has(node.id)).map((node) => node.id)).toEqual([]);
    const consents = expected.filter((step) => step.consents.length > 0).length;
    await expect(page.getByText('Hier is uw toestemming nodig.')).toHaveCount(consents);
  });
}

test('the route for parents says what happens, what to do, whom you meet; prints on A4 portrait', async ({
  page,
}) => {
  await page.goto('/route/template-po/ouders');
  const template = ROUTES.find((entry) => entry.slug === 'template-po')!.route;
  const talk = template.nodes.find((node) => node.id === 'gesprek')!;
  const step = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: talk.label }),
  });
  await expect(step.getByText(talk.forParents!)).toBeVisible();
  await expect(step.getByText('Wat kunt u doen?')).toBeVisible();
  const ib = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'Intern begeleider', exact: true }),
  });
  await expect(ib.getByText('Wie spreekt u?')).toBeVisible();
  await expect(ib.getByText(/regelt extra hulp op school/)).toBeVisible();
  await expect(page.getByText('U mag nee zeggen.').first()).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Afdrukken of bewaren als PDF' })).toBeHidden();
  await expect(step.getByText(talk.forParents!)).toBeVisible();
  const pdf = join(tmpdir(), `routekaart-ouders-${process.pid}.pdf`);
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
  // A4 portrait is 595 × 842 points.
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/.exec(
    execFileSync('pdfinfo', [pdf]).toString(),
  );
  expect(size, 'an A4 page').not.toBeNull();
  expect(Number(size![1])).toBeLessThan(Number(size![2]));
});

test('"wie heb ik gesproken" keeps ticks and notes on this device only, prints, and erases', async ({
  page,
}) => {
  const sent: string[] = [];
  page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
  await page.goto(schoolContacts);
  await expect(page.getByText(/blijft op dit apparaat/)).toBeVisible();

  const tick = page.getByRole('checkbox', { name: 'Ik heb deze persoon gesproken (Leerkracht)' });
  await expect(tick).toBeEnabled();
  await tick.check();
  await page.getByRole('textbox', { name: 'Naam (Leerkracht)' }).fill('Juf Tesselaar');
  await page.getByLabel('Datum (Leerkracht)').fill('2026-11-30');
  await page.getByRole('textbox', { name: 'Notitie (Leerkracht)' }).fill('Belt dinsdag terug');

  await page.reload();
  await expect(tick).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Naam (Leerkracht)' })).toHaveValue(
    'Juf Tesselaar',
  );
  const card = page.getByRole('region', { name: /Mijn contactpersonen/ });
  await expect(card).toContainText('Juf Tesselaar');
  await expect(card).toContainText('30 november 2026');
  await expect(card).toContainText('Belt dinsdag terug');

  await page.emulateMedia({ media: 'print' });
  await expect(card.getByText('Juf Tesselaar')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Op school' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await page.getByRole('button', { name: 'Nee, bewaren' }).click();
  await expect(tick).toBeChecked();
  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await page.getByRole('button', { name: 'Ja, alles wissen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Alles is gewist.' })).toBeVisible();
  await expect(tick).not.toBeChecked();
  await expect(card).not.toContainText('Juf Tesselaar');
  await page.reload();
  await expect(tick).toBeEnabled();
  await expect(tick).not.toBeChecked();
  expect(await page.evaluate(() => Object.keys(localStorage))).not.toContain(
    'routekaart:ouders:contactpersonen',
  );

  const carrying = sent.filter((line) => /Tesselaar|dinsdag|2026-11-30/.test(line));
  expect(carrying).toEqual([]);
});

test('a word linked from a text for parents opens with its meaning for parents first', async ({
  page,
}) => {
  await page.goto(parentRoute);
  await page.getByRole('link', { name: 'intern begeleider', exact: true }).first().click();
  await expect(page).toHaveURL('/begrippen/intern-begeleider?voor=ouders');
  await expect(page.getByText('U ziet eerst de uitleg voor ouders.')).toBeVisible();
  const firstFact = page.getByRole('article').first().locator('dt').first();
  await expect(firstFact).toHaveText('Uitleg voor ouders');

  // The same page reached otherwise keeps the professional definition first.
  await page.goto('/begrippen/intern-begeleider');
  await expect(page.getByRole('article').first().locator('dt').first()).toHaveText('Definitie');
});

test('every meaning of a word from the parents’ word list starts with its explanation', async ({
  page,
}) => {
  await page.goto('/ouders');
  await page.getByRole('link', { name: 'MDO', exact: true }).click();
  await expect(page).toHaveURL('/begrippen/mdo?voor=ouders');
  const meanings = page.getByRole('article');
  // The page may still be rendering after the client-side navigation: wait for its meanings.
  await expect.poll(() => meanings.count()).toBeGreaterThan(1);
  for (const meaning of await meanings.all())
    await expect(meaning.locator('dt').first()).toHaveText('Uitleg voor ouders');
});

for (const width of [1280, 390]) {
  for (const path of [
    '/ouders',
    '/ouders/wie-heb-ik-gesproken',
    parentRoute,
    '/route/template-vo/ouders',
    schoolContacts,
    '/begrippen/mentor?voor=ouders',
  ]) {
    test(`axe finds no serious violations on ${path} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(path);
      if (path.includes('wie-heb-ik-gesproken')) {
        // With a role ticked, so its fields are checked too.
        const tick = page.getByRole('checkbox').first();
        await expect(tick).toBeEnabled();
        await tick.check();
      }
      await expectNoSeriousAxeViolations(page);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(width);
    });
  }
}
