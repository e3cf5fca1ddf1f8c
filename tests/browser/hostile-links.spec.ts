/**
 * Share links made by someone else: whatever a link holds, the editor opens it safely, shows
 * its text as text, names what is wrong, and never lets it run code or touch a prototype.
 */
import { deflateRawSync } from 'node:zlib';
import { type Page, expect, test } from '@playwright/test';
import { canvasNode, openTab, waitForChart } from './editor-helpers.ts';

/** A share link holding exactly this JSON text, as an attacker could make it. */
const linkTo = (json: string) =>
  `/bewerken/concept#route=${deflateRawSync(Buffer.from(json)).toString('base64url')}`;

const draft = (fields: object) =>
  JSON.stringify({
    version: 1,
    kind: 'template',
    sector: 'vo',
    title: 'Gedeelde route (fictief)',
    verified: '2026-10-01',
    maintainer: 'zorgcoördinator',
    nodes: [
      { id: 'mentor', kind: 'role', label: 'Mentor' },
      { id: 'zoco', kind: 'role', label: 'Zorgcoördinator' },
    ],
    edges: [{ from: 'mentor', to: 'zoco', kind: 'refers' }],
    ...fields,
  });

function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('dialog', (dialog) => {
    errors.push(new Error(`a dialog opened: ${dialog.message()}`));
    void dialog.dismiss();
  });
  return errors;
}

test('a shared draft with an empty title shows its duplicate step and dangling connection at once', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto(
    linkTo(
      draft({
        title: '',
        nodes: [
          { id: 'mentor', kind: 'role', label: 'Mentor' },
          { id: 'mentor', kind: 'role', label: 'Tweede mentor' },
          { id: 'zoco', kind: 'role', label: 'Zorgcoördinator' },
        ],
        edges: [
          { from: 'mentor', to: 'zoco', kind: 'refers' },
          { from: 'zoco', to: 'ggz', kind: 'refers' },
        ],
      }),
    ),
  );
  await waitForChart(page);
  // The rules are checked while the title is still empty (before, only the title showed).
  const check = page.getByRole('tab', { name: /^Controle/ });
  await expect(check).toHaveText('Controle (2 fouten, 1 nog invullen)');
  await check.click();
  const found = page.getByRole('region', { name: 'Fouten' });
  await expect(found).toContainText('dubbele stap-id "mentor"');
  await expect(found).toContainText('onbekende stap "ggz"');
  await expect(page.getByRole('region', { name: 'Nog invullen' })).toContainText('nog invullen');
  expect(errors).toEqual([]);
});

test('HTML, script and right-to-left characters in a shared draft stay text', async ({ page }) => {
  const errors = collectPageErrors(page);
  const label = '<img src=x onerror=window.hacked=1>';
  const rtl = 'Mentor \u202egnp.exe';
  await page.goto(
    linkTo(
      draft({
        title: '<script>window.hacked=1</script>',
        nodes: [
          { id: 'mentor', kind: 'role', label },
          { id: 'zoco', kind: 'role', label: rtl, description: '<b>vet</b>' },
        ],
      }),
    ),
  );
  await waitForChart(page);
  await expect(canvasNode(page, label)).toBeVisible();
  await expect(canvasNode(page, label)).toContainText(label);
  await expect(canvasNode(page, rtl)).toBeVisible();
  await openTab(page, /^Route$/);
  await expect(page.getByLabel(/^Titel/)).toHaveValue('<script>window.hacked=1</script>');
  expect(await page.locator('.editor img, .editor b').count()).toBe(0);
  expect(await page.evaluate(() => (window as { hacked?: unknown }).hacked)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('a share link with a __proto__ field is refused, naming the field, and pollutes nothing', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const json = draft({}).replace('{', '{"__proto__":{"polluted":true},');
  await page.goto(linkTo(json));
  await expect(page.getByRole('alert')).toContainText(
    'De deellink bevat geen route in het verwachte formaat bij /__proto__.',
  );
  expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
  expect(await page.evaluate(() => Object.getOwnPropertyNames(Object.prototype))).not.toContain(
    'polluted',
  );
  expect(errors).toEqual([]);
});
