import { type Locator, type Page, expect, test } from '@playwright/test';
import { firstSchool } from './content.ts';
import { expectNoSeriousAxeViolations } from './axe.ts';
import { glossaryEntry } from './glossary-content.ts';

const school = firstSchool();
const searchBox = (page: Page) =>
  page.getByRole('searchbox', { name: 'Zoek een begrip of afkorting' });
const results = (page: Page) => page.getByRole('region', { name: 'Gevonden begrippen' });

test('finds zorgcoördinator when typed without the diaeresis', async ({ page }) => {
  await page.goto('/begrippen');
  await searchBox(page).pressSequentially('zorgcoordinator');
  await expect(page.getByRole('status')).toContainText('begrippen gevonden');
  const first = results(page).getByRole('term').first();
  await expect(first.getByRole('link')).toHaveText('zorgcoördinator');
  await expect(first.locator('mark')).toHaveText('zorgcoördinator');
});

test('the chosen context puts its meaning first and is remembered after a reload', async ({
  page,
}) => {
  await page.goto('/begrippen');
  await page.getByRole('radio', { name: 'GGZ' }).check();
  await searchBox(page).fill('MDO');
  await expect(results(page).getByRole('term').first()).toContainText('GGZ');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'GGZ' })).toBeChecked();
  await page.goto('/begrippen/mdo');
  await expect(page.getByRole('article').first().getByRole('heading', { level: 2 })).toHaveText(
    'MDO in de GGZ',
  );
});

test('a parent sees the plain explanation instead of the definition', async ({ page }) => {
  await page.goto('/begrippen');
  await page.getByRole('radio', { name: 'ik ben ouder' }).check();
  await searchBox(page).fill('OPP');
  const firstLine = glossaryEntry('opp-onderwijs').uitleg.split('. ')[0]!;
  await expect(results(page).getByRole('definition').first()).toContainText(firstLine);
});

test('the term page shows every meaning side by side with its sources', async ({ page }) => {
  await page.goto('/begrippen/mdo');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MDO');
  await expect(page.getByRole('article')).toHaveCount(3);
  const school = page.getByRole('article', { name: 'MDO in het onderwijs' });
  await expect(school).toContainText(glossaryEntry('mdo-onderwijs').scopeNote!);
  await expect(school.getByRole('link', { name: /Passend onderwijs/ })).toHaveAttribute(
    'href',
    /^https:/,
  );
  await expect(
    page.getByRole('region', { name: 'Routes die dit begrip gebruiken' }).getByRole('link').first(),
  ).toBeVisible();
});

test('a glossary word in a route opens its meaning by keyboard and closes with Esc', async ({
  page,
}) => {
  await page.goto(`/school/${school.slug}`);
  const text = page.getByRole('region', { name: 'De route als tekst' });
  const word = text.getByRole('button', { name: 'MDO', exact: true }).first();
  await word.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /MDO/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(glossaryEntry('mdo-onderwijs').definition.slice(0, 60));
  await expect(dialog.getByRole('link', { name: /Alle betekenissen/ })).toHaveAttribute(
    'href',
    '/begrippen/mdo#mdo-onderwijs',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(word).toBeFocused();
  await page.keyboard.press('Space');
  await expect(dialog).toBeVisible();
});

/** Every corner of the element is on screen and shows the element, not something over or around it. */
async function expectWhollyVisible(page: Page, element: Locator) {
  const box = (await element.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  const corners = await element.evaluate((node) => {
    const r = node.getBoundingClientRect();
    return [
      [r.left + 4, r.top + 4],
      [r.right - 4, r.top + 4],
      [r.left + 4, r.bottom - 4],
      [r.right - 4, r.bottom - 4],
    ].map(([x, y]) => node.contains(document.elementFromPoint(x!, y!)));
  });
  expect(corners).toEqual([true, true, true, true]);
}

/** A step with glossary words in its details: its "Begrippen" list ends the panel. */
const stepWithTerms = school.route.nodes.find((node) => (node.terms ?? []).length > 0)!;

for (const [device, options] of [
  ['desktop', { viewport: { width: 1280, height: 800 } }],
  ['phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
] as const)
  test.describe(`on a ${device}`, () => {
    test.use(options);

    test('a glossary word at the bottom of the details panel shows its whole meaning over the panel', async ({
      page,
    }) => {
      await page.goto(`/school/${school.slug}#${stepWithTerms.id}`);
      const details = page.getByRole('complementary');
      const word = details.locator('.term-button').last();
      await expect(word).toBeEnabled();
      await word.scrollIntoViewIfNeeded();
      if (device === 'phone') await word.tap();
      else await word.click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('button', { name: 'Sluiten' })).toBeVisible();
      await expectWhollyVisible(page, dialog);
      await expectNoSeriousAxeViolations(page);
      // Tapping or clicking beside it closes it.
      if (device === 'phone') await page.getByRole('heading', { level: 1 }).tap();
      else await page.getByRole('heading', { level: 1 }).click();
      await expect(dialog).toBeHidden();
    });
  });

test('in the details panel, a glossary word works by keyboard: into the meaning and back', async ({
  page,
}) => {
  await page.goto(`/school/${school.slug}#${stepWithTerms.id}`);
  const word = page.getByRole('complementary').locator('.term-button').last();
  await expect(word).toBeEnabled();
  await word.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeFocused();
  // The meaning is loaded on first use; then the popover is placed by its word.
  await expect(dialog.getByRole('button', { name: 'Sluiten' })).toBeVisible();
  await expectWhollyVisible(page, dialog);
  await page.keyboard.press('Tab');
  await expect(
    dialog.getByRole('link', { name: /Meer over dit begrip|Alle betekenissen/ }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Sluiten' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(word).toBeFocused();
});

test('the glossary is published as SKOS JSON-LD', async ({ request }) => {
  const response = await request.get('/begrippen.jsonld');
  expect(response.status()).toBe(200);
  const graph = ((await response.json()) as { '@graph': { '@type': string }[] })['@graph'];
  expect(graph.filter((node) => node['@type'] === 'skos:ConceptScheme')).toHaveLength(1);
  expect(graph.filter((node) => node['@type'] === 'skos:Concept').length).toBeGreaterThan(50);
});

for (const path of ['/begrippen', '/begrippen/mdo']) {
  test(`axe finds no serious or critical violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousAxeViolations(page);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the glossary page lists every word from A to Z', async ({ page }) => {
    await page.goto('/begrippen');
    await expect(
      page
        .getByRole('navigation', { name: 'Begrippen van A tot Z' })
        .getByRole('link', { name: 'M' }),
    ).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Z' }).getByRole('link', { name: 'zorgcoördinator' }),
    ).toHaveCount(2);
  });
});
