/**
 * The accessibility gate every page passes: axe-core, with all its rules (WCAG 2.2 AA and
 * best practices), finds no serious or critical violation.
 *
 * Experimental rules are off in axe unless named; these are named because they check a
 * WCAG criterion we promise: label-content-name-mismatch is 2.5.3 label in name (a box that
 * shows "Stap · Signaal of zorg" must be named with that text, in that order).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

export const EXPERIMENTAL_RULES = ['label-content-name-mismatch'] as const;

export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // All rules over a chart of 30 steps take 10–30 s on the shared two-core CI machine.
  test.slow();
  const results = await new AxeBuilder({ page })
    .options({ rules: Object.fromEntries(EXPERIMENTAL_RULES.map((id) => [id, { enabled: true }])) })
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}
