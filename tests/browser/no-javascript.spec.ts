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
