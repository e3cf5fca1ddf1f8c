/**
 * The social map told to parents (issue 12, point 4): a parent reads a plain answer that starts
 * at school, finds an organisation by typing, and finds out which wijkteam is theirs.
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe.ts';
import { QUESTIONS, organisation } from './socialmap-content.ts';

const PARENTS = '/sociale-kaart/voor-ouders';
const somber = QUESTIONS.find((question) => question.id === 'somber-of-angstig')!;

for (const width of [1280, 390]) {
  test(`axe finds no serious or critical violations on the parent page at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(PARENTS);
    await page
      .getByRole('combobox', { name: 'Ik heb een vraag over …' })
      .selectOption({ label: somber.parent });
    await page.getByRole('searchbox', { name: 'Uw wijk, buurt of dorp' }).fill('Molenwijk');
    await expectNoSeriousAxeViolations(page);
    // Nothing sticks out sideways on a phone.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('a parent switches to the parent view and reads the answer to "somber of angstig", which starts at the mentor', async ({
  page,
}) => {
  await page.goto('/sociale-kaart');
  const views = page.getByRole('navigation', { name: 'Uitleg voor' });
  await views.getByRole('link', { name: 'Voor ouders en verzorgers' }).click();
  await expect(page).toHaveURL(PARENTS);
  await expect(views.getByRole('link', { name: 'Voor ouders en verzorgers' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Waar kunt u terecht?');

  await page
    .getByRole('combobox', { name: 'Ik heb een vraag over …' })
    .selectOption({ label: somber.parent });
  const answer = page.locator('#vraag .finder-answer');
  await expect(answer.getByRole('heading', { level: 3 })).toHaveText(
    `Ik heb een vraag over ${somber.parent}`,
  );
  const first = answer.locator('.step-card--first');
  await expect(first.getByText('Mentor of leerkracht')).toBeVisible();
  await expect(first.getByText(somber.parentAnswer!.firstStep.why)).toBeVisible();
  // The school is where to start, with a way to reach it.
  await expect(
    first.getByRole('link', { name: organisation('het-voorbeeld-college').name }),
  ).toBeVisible();
  // Plain words, not the professional answer.
  await expect(answer).not.toContainText(somber.firstStep.why);
  await expect(answer).not.toContainText('beschikking');
  await expect(
    answer.getByRole('listitem').filter({ has: page.locator('.step-card') }),
  ).toHaveCount(somber.parentAnswer!.nextSteps.length);
});

test('without JavaScript the parent page has every parent answer in its list', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PARENTS);
  const listed = page.locator('#vraag .question-list details').filter({ hasText: somber.parent });
  await listed.getByText(somber.parent).click();
  await expect(listed.getByText(somber.parentAnswer!.firstStep.why)).toBeVisible();
  await context.close();
});

test('a parent finds an organisation by typing what they need help with', async ({ page }) => {
  await page.goto(PARENTS);
  const directory = page.locator('#organisaties');
  const search = directory.getByRole('searchbox', { name: 'Zoek een organisatie of hulp' });
  await search.fill('schulden');
  const status = directory.getByRole('status');
  await expect(status).toHaveText(/^\d+ van de \d+ organisaties$/);
  const welzijn = organisation('welzijn-voorbeeldstad');
  const item = directory.getByRole('article', { name: welzijn.name });
  await expect(item).toBeVisible();
  // Only the service that matches is listed.
  await expect(item.getByRole('listitem')).toHaveCount(1);
  await expect(item.getByRole('listitem')).toContainText('Inloop geldzaken');
  await search.fill('kindertelefon');
  await expect(directory.getByRole('link', { name: 'De Kindertelefoon' })).toBeVisible();
  await search.fill('qqqq');
  await expect(status).toHaveText(/Geen organisaties gevonden/);
  await directory.getByRole('button', { name: 'Wis filters' }).click();
  await expect(search).toHaveValue('');
  await expect(status).toHaveText(/^Alle \d+ organisaties$/);
});

test('a parent finds their wijkteam by neighbourhood, and sees the wijkteam that works with the school', async ({
  page,
}) => {
  await page.goto(PARENTS);
  const finder = page.locator('#wijkteam');
  await expect(finder.getByRole('heading', { level: 2 })).toHaveText('Welk wijkteam is van u?');
  await expect(finder.getByRole('note')).toContainText('verzonnen');
  await finder.getByRole('searchbox', { name: 'Uw wijk, buurt of dorp' }).fill('molenw');
  const noord = organisation('wijkteam-voorbeeldstad-noord');
  const result = finder.locator('.finder-answer').first();
  await expect(result.getByRole('heading', { level: 3 })).toHaveText(
    'Molenwijk hoort bij Voorbeeldstad-Noord',
  );
  await expect(result.getByRole('link', { name: noord.name })).toHaveAttribute(
    'href',
    `/sociale-kaart/${noord.id}`,
  );
  await expect(
    result.getByRole('link', { name: noord.services[0]!.contactPoints[0]!.phone! }),
  ).toHaveAttribute('href', /^tel:/);

  await finder
    .getByRole('combobox', { name: 'Of kies de school van uw kind' })
    .selectOption({ label: organisation('het-voorbeeld-college').name });
  const bySchool = finder.locator('.finder-answer').nth(1);
  await expect(bySchool.getByRole('heading', { level: 3 })).toHaveText(
    'Het Voorbeeld College ligt in Voorbeeldstad-Zuid',
  );
  await expect(
    bySchool.getByRole('link', { name: organisation('wijkteam-voorbeeldstad-zuid').name }),
  ).toBeVisible();
  await expect(bySchool).toContainText('Woont u in een andere wijk?');

  // The full list answers it too, also without typing.
  await expect(
    finder
      .getByRole('list', { name: 'Alle wijken en dorpen met hun wijkteam' })
      .getByRole('listitem'),
  ).toHaveCount(3);
});
