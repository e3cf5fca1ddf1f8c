import { expect, test } from '@playwright/test';
import { NODE_KIND_LABELS } from '../../src/core/route/route-model.ts';
import { chartNodeName, firstSchool, richNode } from './content.ts';

const school = firstSchool();
const url = `/school/${school.slug}`;
const chart = (page: import('@playwright/test').Page) =>
  page.getByRole('group', { name: /Stroomschema/ });
const details = (page: import('@playwright/test').Page) => page.getByRole('complementary');

test('finds a school from the home page and opens its route', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('searchbox', { name: /Naam, plaats/ })
    .fill(school.route.school!.municipality);
  await expect(page.getByRole('status')).toContainText('gevonden');
  await page.getByRole('link', { name: school.name }).click();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(school.name);
});

test('the search narrows the list and says when nothing matches', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: /Naam, plaats/ }).fill('zzzz-geen-school');
  await expect(page.getByRole('status')).toHaveText('0 scholen gevonden');
  await expect(page.getByRole('link', { name: school.name })).toHaveCount(0);
});

test("opens a step's details by mouse", async ({ page }) => {
  const node = richNode(school.route);
  await page.goto(url);
  // A wide chart opens zoomed in once measured: click when the view has settled, with the
  // whole chart in view, as a reader looking for a step would.
  await expect(chart(page)).toHaveAttribute('data-view-state', 'klaar');
  await page.getByRole('button', { name: 'Passend maken' }).click();
  await chart(page)
    .getByRole('link', { name: chartNodeName(node) })
    .click();
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText(node.label);
  if (node.contact?.phone)
    await expect(details(page).getByRole('link', { name: node.contact.phone })).toHaveAttribute(
      'href',
      /^tel:/,
    );
  if (node.contact?.email)
    await expect(details(page).getByRole('link', { name: node.contact.email })).toHaveAttribute(
      'href',
      /^mailto:/,
    );
  await expect(page).toHaveURL(`${url}#${node.id}`);
});

test("opens a step's details by keyboard", async ({ page }) => {
  const node = school.route.nodes[1]!;
  await page.goto(url);
  const link = chart(page).getByRole('link', { name: chartNodeName(node) });
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText(node.label);
});

test('the text route lists every node', async ({ page }) => {
  await page.goto(url);
  const text = page.getByRole('region', { name: 'De route als tekst' });
  await expect(text.getByRole('heading', { level: 3 })).toHaveCount(school.route.nodes.length);
  for (const node of school.route.nodes) {
    await expect(
      text.getByRole('heading', { level: 3, name: `${node.label} ${NODE_KIND_LABELS[node.kind]}` }),
    ).toBeVisible();
  }
});

test('a deep link selects its node', async ({ page }) => {
  const node = school.route.nodes[2]!;
  await page.goto(`${url}#${node.id}`);
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText(node.label);
});

test('the chart opens at a readable size and its zoom level tells the real size', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url);
  const level = page.getByText(/^Zoom \d+%$/);
  // Fitted into a phone, a whole route would be a few pixels high per line of text.
  await expect(level).toHaveText('Zoom 90%');
  // The route begins at the top: its first step has no arrow coming in.
  const first = school.route.nodes.find(
    (node) => !school.route.edges.some((edge) => edge.to === node.id),
  )!;
  // Too narrow for the whole chart, the page opens with the route's parts; the chart is one
  // press away, at the readable start.
  await page.getByRole('button', { name: 'Hele schema' }).click();
  const chart = page.getByRole('group', { name: /Stroomschema/ });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.getByRole('link', { name: chartNodeName(first) })).toBeInViewport();

  await page.getByRole('button', { name: 'Passend maken' }).click();
  const fitted = Number((await level.textContent())?.match(/\d+/)?.[0]);
  expect(fitted).toBeLessThan(60);
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  await expect(level).toHaveText(`Zoom ${Math.round(fitted * 1.25)}%`);
});
