import { expect, test, type Page } from '@playwright/test';
import { firstSchool } from './content.ts';
import {
  expectNoSeriousAxeViolations,
  labelOf,
  pairWithWay,
  pairWithoutWay,
} from './reading-helpers.ts';

const school = firstSchool();
const url = `/school/${school.slug}`;
const chart = (page: Page) => page.getByRole('group', { name: /Stroomschema/ });
const finder = (page: Page) =>
  page.getByRole('region', { name: 'Zoek de weg tussen twee onderdelen' });

async function chooseWay(page: Page, from: string, to: string) {
  // The form works once the page has hydrated; its button says so by being enabled.
  await expect(finder(page).getByRole('button', { name: 'Toon de weg' })).toBeEnabled();
  await finder(page).getByLabel('Van', { exact: true }).selectOption(from);
  await finder(page).getByLabel('Naar', { exact: true }).selectOption(to);
  // By keyboard, as a reader without a mouse would.
  await finder(page).getByRole('button', { name: 'Toon de weg' }).focus();
  await page.keyboard.press('Enter');
}

test('choosing van and naar writes out the way as numbered steps and highlights it', async ({
  page,
}) => {
  const way = pairWithWay(school.route);
  const [fromLabel, toLabel] = [labelOf(school.route, way.from), labelOf(school.route, way.to)];
  await page.goto(url);
  await chooseWay(page, way.from, way.to);

  await expect(finder(page).getByRole('status')).toContainText(
    `Weg van ${fromLabel} naar ${toLabel}`,
  );
  const steps = page.getByRole('region', { name: `De weg van ${fromLabel} naar ${toLabel}` });
  await expect(steps.locator('ol.path-steps > li')).toHaveCount(way.nodes.length);
  const headings = await steps.getByRole('heading', { level: 3 }).allTextContents();
  expect(headings.map((text) => text.trim())).toEqual(
    way.nodes.map((id) => expect.stringContaining(labelOf(school.route, id))),
  );
  // The chart highlights the way (named in each node's accessible name) and fades the rest.
  await expect(chart(page).getByRole('link', { name: /, 1e stap op de gekozen weg$/ })).toHaveCount(
    1,
  );
  await expect(chart(page).getByRole('link', { name: /, vervaagd$/ })).toHaveCount(
    school.route.nodes.length - way.nodes.length,
  );
  await expect(page).toHaveURL(new RegExp(`\\?van=${way.from}&naar=${way.to}$`));
});

test('the way is restored from the URL after a reload', async ({ page }) => {
  const way = pairWithWay(school.route);
  await page.goto(`${url}?van=${way.from}&naar=${way.to}`);
  const title = `De weg van ${labelOf(school.route, way.from)} naar ${labelOf(school.route, way.to)}`;
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(finder(page).getByLabel('Van', { exact: true })).toHaveValue(way.from);
});

test('without a way it says so plainly and offers what comes closest', async ({ page }) => {
  const pair = pairWithoutWay(school.route);
  await page.goto(url);
  await chooseWay(page, pair.from, pair.to);
  const statement = `Er loopt in deze route geen weg van ${labelOf(school.route, pair.from)} naar ${labelOf(school.route, pair.to)}`;
  await expect(finder(page).getByRole('status')).toContainText(statement);
  await expect(page.getByText(statement).last()).toBeVisible();
});

test('a quick choice asks a common question, with the way back', async ({ page }) => {
  await page.goto(url);
  const quick = finder(page)
    .getByRole('button', { name: /^Van .* en terug$/ })
    .first();
  await quick.click();
  await expect(page.getByRole('heading', { level: 2, name: /^De weg terug van / })).toBeVisible();
  await expect(page).toHaveURL(/terug=ja/);
});

test('every quick choice finds its way, there and (when offered) back', async ({ page }) => {
  await page.goto(url);
  const quick = finder(page).getByRole('listitem').getByRole('button');
  await expect(quick.first()).toBeEnabled();
  const count = await quick.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    const question = quick.nth(index);
    const asksBack = / en terug$/.test((await question.textContent()) ?? '');
    await question.click();
    await expect(page.getByRole('heading', { level: 2, name: /^De weg van / })).toBeVisible();
    if (asksBack)
      await expect(
        page.getByRole('heading', { level: 2, name: /^De weg terug van / }),
      ).toBeVisible();
    await expect(finder(page).getByRole('status')).not.toContainText('geen weg');
  }
});

test('the focus control fades everything beyond one step of the selected node', async ({
  page,
}) => {
  const way = pairWithWay(school.route);
  const node = school.route.nodes.find((candidate) => candidate.id === way.nodes[1])!;
  const neighbours = new Set([node.id]);
  for (const edge of school.route.edges) {
    if (edge.from === node.id) neighbours.add(edge.to);
    if (edge.to === node.id) neighbours.add(edge.from);
  }
  await page.goto(`${url}#${node.id}`);
  await page.getByRole('radio', { name: '1 stap' }).check();
  await expect(
    page.getByRole('group', { name: 'Toon alleen directe omgeving' }).getByRole('status'),
  ).toContainText(`${neighbours.size} onderdelen binnen 1 stap van ${node.label}`);
  await expect(chart(page).getByRole('link', { name: /, vervaagd$/ })).toHaveCount(
    school.route.nodes.length - neighbours.size,
  );
  await page.getByRole('radio', { name: 'alles' }).check();
  await expect(chart(page).getByRole('link', { name: /, vervaagd$/ })).toHaveCount(0);
});

test('axe finds no serious or critical violations on a route page with a way shown', async ({
  page,
}) => {
  const way = pairWithWay(school.route);
  await page.goto(`${url}?van=${way.from}&naar=${way.to}&terug=ja`);
  await expect(page.getByRole('heading', { level: 2, name: /^De weg van / })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('a way chosen before the page has hydrated is kept, and shown with one press', async ({
  page,
}) => {
  // A slow phone: the scripts arrive after the reader has already filled in the form.
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/entry.client-*.js', async (route) => {
    await arrived;
    await route.continue();
  });
  const { from, to } = pairWithWay(school.route);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await finder(page).getByLabel('Van', { exact: true }).selectOption(from);
  await finder(page).getByLabel('Naar', { exact: true }).selectOption(to);
  release();
  await expect(finder(page).getByRole('button', { name: 'Toon de weg' })).toBeEnabled();
  await expect(finder(page).getByLabel('Van', { exact: true })).toHaveValue(from);
  await expect(finder(page).getByLabel('Naar', { exact: true })).toHaveValue(to);
  await finder(page).getByRole('button', { name: 'Toon de weg' }).click();
  await expect(page).toHaveURL(new RegExp(`van=${from}&naar=${to}`));
});
