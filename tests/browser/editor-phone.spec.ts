/** The editor on a phone: the chart is fitted into view, the forms sit below it. */
import { expect, test } from '@playwright/test';
import { waitForChart } from './editor-helpers.ts';

test.use({ viewport: { width: 390, height: 844 } });

test('at phone width the whole chart is in view, with no English corner link', async ({ page }) => {
  await page.goto('/bewerken/template-vo');
  await waitForChart(page);
  const chart = page.getByRole('group', { name: 'Schema van de route (bewerken)' });
  const steps = await chart.locator('.react-flow__node-routeNode').all();
  expect(steps.length).toBeGreaterThan(20);
  const frame = (await chart.boundingBox())!;
  // Every step lies fully inside the chart's frame: fitted, not cut off at its edges.
  await expect(async () => {
    for (const step of steps) {
      const box = (await step.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(frame.x);
      expect(box.y).toBeGreaterThanOrEqual(frame.y);
      expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
      expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height);
    }
  }).toPass();
  await expect(page.getByRole('link', { name: 'React Flow' })).toHaveCount(0);
  await expect(page.getByText('gebruik de formulieren bij het schema')).toBeVisible();
});
