import { expect, test } from '@playwright/test';
import { firstSchool } from './content.ts';

test.use({ javaScriptEnabled: false });

const school = firstSchool();

test('the route page shows the school, chart, details and text route without JavaScript', async ({
  page,
}) => {
  await page.goto(`/school/${school.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(school.name);
  await expect(page.getByRole('group', { name: /Stroomschema/ }).getByRole('link')).toHaveCount(
    school.route.nodes.length,
  );
  const text = page.getByRole('region', { name: 'De route als tekst' });
  await expect(text.getByRole('heading', { level: 3 })).toHaveCount(school.route.nodes.length);
  const withWho = school.route.nodes.find((node) => node.who);
  if (withWho?.who) await expect(text.getByText(withWho.who).first()).toBeVisible();
});

test('the home page lists every school without JavaScript', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: school.name })).toBeVisible();
});

test('a shared way without JavaScript points to the route as text instead of staying silent', async ({
  page,
}) => {
  const [from, to] = school.route.nodes;
  await page.goto(`/school/${school.slug}?van=${from!.id}&naar=${to!.id}`);
  const finder = page.getByRole('region', { name: 'Zoek de weg tussen twee onderdelen' });
  await expect(finder.getByText('De wegzoeker werkt met JavaScript.')).toBeVisible();
  await finder.getByRole('link', { name: 'de route als tekst' }).click();
  await expect(page).toHaveURL(/#route-tekst$/);
});

test('parts whose code loads later are in place without JavaScript: actions, history, embed code', async ({
  page,
}) => {
  await page.goto(`/school/${school.slug}`);
  await expect(page.getByRole('heading', { name: 'Deze route gebruiken' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Wat is er veranderd?' })).toBeVisible();
  await expect(page.getByText('<iframe', { exact: false }).first()).toBeAttached();
});

test('a big route shows its overview without JavaScript', async ({ page }) => {
  await page.goto('/school/scholengemeenschap-de-voorbeeldhorst');
  const overview = page.getByRole('list', { name: 'Overzicht van de route' });
  await expect(overview).toBeVisible();
  await expect(overview.getByRole('button', { name: 'Tweede schil: ondersteuning' })).toBeVisible();
});
