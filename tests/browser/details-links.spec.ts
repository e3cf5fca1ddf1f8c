/**
 * Links in the details panel beside the chart: one to another step selects that step
 * where the reader is (chart and details), instead of jumping to the text route far below.
 */
import { type Page, expect, test } from '@playwright/test';
import { chartNodeName, firstSchool } from './content.ts';

const school = firstSchool();
const edge = school.route.edges[0]!;
const [from, to] = [edge.from, edge.to].map((id) =>
  school.route.nodes.find((node) => node.id === id)!,
) as [(typeof school.route.nodes)[number], (typeof school.route.nodes)[number]];

const chart = (page: Page) => page.getByRole('group', { name: /Stroomschema/ });
const details = (page: Page) => page.getByRole('complementary');
const linkTo = (page: Page) =>
  details(page)
    .getByRole('list', { name: `Verbindingen van ${from.label}` })
    .getByRole('link', { name: to.label, exact: true })
    .first();

async function openFrom(page: Page) {
  await page.goto(`/school/${school.slug}#${from.id}`);
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText(from.label);
  await expect(chart(page)).toHaveAttribute('data-view-state', 'klaar');
  await linkTo(page).scrollIntoViewIfNeeded();
  return page.evaluate(() => window.scrollY);
}

async function expectSelectedWithoutJump(page: Page, scrolledBefore: number, device: Device) {
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText(to.label);
  await expect(page).toHaveURL(new RegExp(`#${to.id}$`));
  const box = chart(page).getByRole('link', { name: chartNodeName(to) });
  await expect(box).toHaveAttribute('aria-current', 'true');
  const moved = Math.abs((await page.evaluate(() => window.scrollY)) - scrolledBefore);
  // At most a scroll to the new step's heading or to the part of the chart that shows the step
  // (less than a screen), never a jump to the text route far below.
  expect(moved).toBeLessThan(page.viewportSize()!.height);
  // Beside the details, the chart shows the step it now selects; on a phone the details sit
  // below the chart and the reader stays with them.
  if (device === 'desktop') await expect(box).toBeInViewport();
  await expect(details(page).getByRole('heading', { level: 2 })).toBeInViewport();
}

type Device = 'desktop' | 'phone';

for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const)
  test(`on a ${device}, a step link in the details selects that step without jumping down the page`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const before = await openFrom(page);
    await linkTo(page).click();
    await expectSelectedWithoutJump(page, before, device);
  });

test('by keyboard, a step link in the details selects that step and keeps focus in the details', async ({
  page,
}) => {
  const before = await openFrom(page);
  await linkTo(page).focus();
  await page.keyboard.press('Enter');
  await expectSelectedWithoutJump(page, before, 'desktop');
  await expect(details(page).getByRole('heading', { level: 2 })).toBeFocused();
  // Onwards from the new step's details, not from the top of the page.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.closest('aside') !== null)).toBe(true);
});

test('Ctrl-click on a step link keeps its browser meaning (the page is not changed)', async ({
  page,
}) => {
  await openFrom(page);
  await linkTo(page).click({ modifiers: ['ControlOrMeta'] });
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText(from.label);
});
