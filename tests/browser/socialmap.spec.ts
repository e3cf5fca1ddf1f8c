import { expectNoSeriousAxeViolations } from './axe.ts';
import { type Page, expect, test } from '@playwright/test';
import { ROUTES } from './content.ts';
import { ORGANISATIONS, QUESTIONS, organisation } from './socialmap-content.ts';

const school = ROUTES.find(
  (entry) =>
    entry.route.kind === 'school' &&
    entry.route.nodes.some((node) => node.organisation === 'jgz-voorbeeldregio'),
)!;
const jgzNode = school.route.nodes.find((node) => node.organisation === 'jgz-voorbeeldregio')!;
const schoolName = school.route.school!.name;
const list = (page: Page) =>
  page
    .locator('#organisaties')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });

for (const [name, path] of [
  ['social map', '/sociale-kaart'],
  ['organisation', '/sociale-kaart/jgz-voorbeeldregio'],
  ['contact cards', `/sociale-kaart/visitekaartjes/${school.slug}`],
] as const) {
  test(`axe finds no serious or critical violations on the ${name} page`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousAxeViolations(page);
  });
}

test('the main menu leads to the social map, which says the region is fictional', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Sociale kaart' })
    .click();
  await expect(page).toHaveURL('/sociale-kaart');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sociale kaart');
  await expect(page.getByRole('note').first()).toContainText('Fictief voorbeeld');
});

test('filters the list by domain, access, area and age, and clears the filters', async ({
  page,
}) => {
  await page.goto('/sociale-kaart');
  const status = page.locator('#organisaties').getByRole('status');
  await expect(status).toHaveText(`Alle ${ORGANISATIONS.length} organisaties`);
  await page
    .getByRole('combobox', { name: 'Domein', exact: true })
    .selectOption({ label: 'Onderwijs' });
  const onderwijs = ORGANISATIONS.filter((candidate) => candidate.domain === 'onderwijs');
  await expect(status).toHaveText(
    `${onderwijs.length} van de ${ORGANISATIONS.length} organisaties`,
  );
  await expect(list(page)).toHaveCount(onderwijs.length);
  await page
    .getByRole('combobox', { name: 'Toegang', exact: true })
    .selectOption({ label: 'Met toelaatbaarheidsverklaring (TLV)' });
  await expect(list(page)).toHaveCount(1);
  await expect(list(page).getByRole('link')).toHaveText(organisation('vso-de-kompasroos').name);
  await page.getByRole('button', { name: 'Wis filters' }).click();
  await page.getByRole('combobox', { name: 'Gemeente', exact: true }).selectOption('Proefdorp');
  await page
    .getByRole('combobox', { name: 'Leeftijd', exact: true })
    .selectOption({ label: '0 tot 4 jaar' });
  await expect(
    list(page).getByRole('link', { name: organisation('jgz-voorbeeldregio').name }),
  ).toBeVisible();
  await expect(
    list(page).getByRole('link', { name: organisation('vso-de-kompasroos').name }),
  ).toHaveCount(0);
  await page.getByRole('button', { name: 'Wis filters' }).click();
  await expect(status).toHaveText(`Alle ${ORGANISATIONS.length} organisaties`);
});

test('answers a question: whom to go to first and next', async ({ page }) => {
  const question = QUESTIONS.find((candidate) => candidate.id === 'ziekteverzuim')!;
  const first = organisation(question.firstStep.organisation!);
  await page.goto('/sociale-kaart');
  await page
    .getByRole('combobox', { name: 'Ik heb een vraag over …' })
    .selectOption({ label: question.professional });
  const answer = page.locator('#vraag .finder-answer');
  await expect(answer.getByRole('heading', { level: 3 })).toHaveText(
    `Ik heb een vraag over ${question.professional}`,
  );
  await expect(answer.getByText('Ga eerst naar')).toBeVisible();
  const firstLink = answer.getByRole('link', { name: new RegExp(first.name) }).first();
  await expect(firstLink).toBeVisible();
  await expect(answer.getByRole('listitem')).toHaveCount(question.nextSteps.length);
  await expect(answer.getByRole('link', { name: /^tel:|010/ }).first()).toHaveAttribute(
    'href',
    /^tel:/,
  );
  await firstLink.click();
  await expect(page).toHaveURL(`/sociale-kaart/${first.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.name);
});

test('a first step by role says where that role works in the region and how to reach it', async ({
  page,
}) => {
  const question = QUESTIONS.find((candidate) => candidate.id === 'jeugdhulp-aanvragen')!;
  const wijkteams = ORGANISATIONS.filter((candidate) =>
    candidate.services.some((service) => question.firstStep.roles?.includes(service.role)),
  );
  await page.goto('/sociale-kaart');
  await page
    .getByRole('combobox', { name: 'Ik heb een vraag over …' })
    .selectOption({ label: question.professional });
  const first = page.locator('#vraag .finder-answer .step-card--first');
  await expect(first.getByText('Zo neemt u contact op:')).toBeVisible();
  expect(wijkteams.length).toBeGreaterThan(1);
  for (const wijkteam of wijkteams) {
    const place = first.getByRole('listitem').filter({ hasText: wijkteam.name });
    await expect(place.getByRole('link', { name: wijkteam.name })).toHaveAttribute(
      'href',
      `/sociale-kaart/${wijkteam.id}`,
    );
    const phone = wijkteam.services.find((service) =>
      question.firstStep.roles?.includes(service.role),
    )!.contactPoints[0]!.phone!;
    await expect(place.getByRole('link', { name: phone })).toHaveAttribute('href', /^tel:/);
  }
});

test('the chosen question is kept in the address, so copying it shows the same answer', async ({
  page,
}) => {
  const [first, second] = QUESTIONS;
  await page.goto('/');
  await page.goto('/sociale-kaart');
  const finder = page.getByRole('combobox', { name: 'Ik heb een vraag over …' });
  await finder.selectOption({ label: first!.professional });
  await expect(page).toHaveURL(`/sociale-kaart?vraag=${first!.id}`);
  await finder.selectOption({ label: second!.professional });
  await expect(page).toHaveURL(`/sociale-kaart?vraag=${second!.id}`);

  const copied = page.url();
  const answerHeading = page.locator('#vraag .finder-answer').getByRole('heading', { level: 3 });
  await page.goto(copied);
  await expect(answerHeading).toHaveText(`Ik heb een vraag over ${second!.professional}`);
  await expect(finder).toHaveValue(second!.id);

  await finder.selectOption({ label: 'Kies uw vraag' });
  await expect(page).toHaveURL('/sociale-kaart');
  await expect(answerHeading).toHaveCount(0);
  // Each choice replaced the address instead of adding a step: back leaves the social map.
  // (Opening the copied address, the same as the current one, replaced it too.)
  await page.goBack();
  await expect(page).toHaveURL('/');
});

test('opens an organisation and jumps to its node in a school route, and back', async ({
  page,
}) => {
  await page.goto('/sociale-kaart');
  await list(page)
    .getByRole('link', { name: organisation('jgz-voorbeeldregio').name })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    organisation('jgz-voorbeeldregio').name,
  );
  await expect(page.getByRole('link', { name: '010 - 000 0210' })).toHaveAttribute(
    'href',
    'tel:0100000210',
  );
  await expect(
    page.getByRole('heading', { name: `Zo staat deze partner in de route van ${schoolName}` }),
  ).toBeVisible();
  await page
    .getByRole('link', { name: `Bekijk “${jgzNode.label}” in de route van ${schoolName}` })
    .click();
  await expect(page).toHaveURL(`/school/${school.slug}#${jgzNode.id}`);
  const details = page.getByRole('complementary');
  await expect(details.getByRole('heading', { level: 2 })).toContainText(jgzNode.label);
  await details.getByRole('link', { name: `${jgzNode.label} op de sociale kaart` }).click();
  await expect(page).toHaveURL('/sociale-kaart/jgz-voorbeeldregio');
});

test('the network view shows an organisation’s or role’s card on click and on Enter', async ({
  page,
}) => {
  await page.goto('/sociale-kaart');
  const network = page.locator('#netwerk');
  const card = network.getByRole('complementary');
  await network
    .getByRole('link', {
      name: `Jeugdhulpaanbieder: ${organisation('leespunt-voorbeeldregio').name}`,
    })
    .click();
  await expect(page).toHaveURL('/sociale-kaart');
  await expect(card.getByRole('heading', { level: 3 })).toHaveText(
    organisation('leespunt-voorbeeldregio').name,
  );
  const role = network.getByRole('link', { name: 'Rol: Jeugdarts' });
  await role.focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('heading', { level: 3 })).toHaveText('Jeugdarts');
  await expect(
    card.getByRole('link', { name: organisation('jgz-voorbeeldregio').name }),
  ).toBeVisible();
  await card.getByRole('link', { name: organisation('jgz-voorbeeldregio').name }).click();
  await expect(page).toHaveURL('/sociale-kaart/jgz-voorbeeldregio');
});

test('marks what was not checked for over 12 months as possibly out of date, in words', async ({
  page,
}) => {
  await page.goto('/sociale-kaart/praktijk-stroom');
  await expect(
    page.getByText('Mogelijk verouderd: langer dan 12 maanden niet gecontroleerd').first(),
  ).toBeVisible();
  await page.goto('/sociale-kaart/jgz-voorbeeldregio');
  await expect(page.getByText(/Mogelijk verouderd/)).toHaveCount(0);
});

test('a question on an organisation page opens in the question finder', async ({ page }) => {
  await page.goto('/sociale-kaart/jgz-voorbeeldregio');
  await page.getByRole('link', { name: /Ik heb een vraag over veel ziekteverzuim/ }).click();
  await expect(page).toHaveURL(/\/sociale-kaart\?vraag=ziekteverzuim#vraag$/);
  await expect(
    page.locator('#vraag .finder-answer').getByRole('heading', { level: 3 }),
  ).toContainText('ziekteverzuim');
});

test('contact cards: eight cards on screen with a print button, one clean A4 sheet in print', async ({
  page,
}) => {
  await page.goto(`/sociale-kaart/visitekaartjes/${school.slug}`);
  const cards = page
    .locator('.card-sheet')
    .getByRole('listitem')
    .filter({ has: page.locator('.contact-card-role') });
  await expect(cards).toHaveCount(8);
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeEnabled();
  await expect(cards.first().getByText('Fictief voorbeeld')).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(cards).toHaveCount(8);
  const boxes = await cards.evaluateAll((items) =>
    items
      .map((item) => item.getBoundingClientRect())
      .map(({ x, y, width, height }) => ({ x, y, width, height })),
  );
  expect(new Set(boxes.map((box) => Math.round(box.x))).size).toBe(2);
  expect(new Set(boxes.map((box) => Math.round(box.y))).size).toBe(4);
  // 2 × 95 mm by 4 × 69 mm fits inside A4 with 10 mm margins (1 mm = 96/25.4 px).
  const mm = 96 / 25.4;
  for (const box of boxes) {
    expect(Math.round(box.width / mm)).toBe(95);
    expect(Math.round(box.height / mm)).toBe(69);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the social map shows the full list, every question with its answer, and links in the network', async ({
    page,
  }) => {
    await page.goto('/sociale-kaart');
    await expect(list(page)).toHaveCount(ORGANISATIONS.length);
    await expect(page.getByRole('combobox', { name: 'Domein', exact: true })).toBeDisabled();
    const questions = page.locator('.question-list details');
    await expect(questions).toHaveCount(QUESTIONS.length);
    await questions.first().locator('summary').click();
    await expect(questions.first().getByText('Ga eerst naar')).toBeVisible();
    await expect(
      page.locator('#netwerk').getByRole('link', {
        name: `Jeugdgezondheidszorg (JGZ): ${organisation('jgz-voorbeeldregio').name}`,
      }),
    ).toHaveAttribute('href', '/sociale-kaart/jgz-voorbeeldregio');
  });

  test('a shared question address does not pretend to answer, and points to the list with every answer', async ({
    page,
  }) => {
    const question = QUESTIONS.find((candidate) => candidate.id === 'ziekteverzuim')!;
    await page.goto(`/sociale-kaart?vraag=${question.id}#vraag`);
    const finder = page.locator('#vraag');
    await expect(finder.getByRole('combobox', { name: 'Ik heb een vraag over …' })).toBeDisabled();
    await expect(finder.getByRole('heading', { name: /Ik heb een vraag over veel/ })).toHaveCount(
      0,
    );
    await expect(finder.locator('.finder-answer')).toBeEmpty();
    await finder.getByRole('link', { name: 'alle vragen met hun antwoord' }).click();
    await expect(page).toHaveURL(/#alle-vragen$/);
    const listed = finder
      .locator('.question-list details')
      .filter({ hasText: question.professional });
    await listed.getByText(question.professional).click();
    await expect(listed.getByText('Ga eerst naar')).toBeVisible();
  });
});
