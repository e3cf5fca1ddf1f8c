/** Shared steps for the editor's browser tests. */
import { readFile } from 'node:fs/promises';
import { type Page, expect } from '@playwright/test';

/** Starts a new draft from the start page's template button, using the keyboard. */
export async function startFromTemplate(page: Page, name: RegExp) {
  await page.goto('/bewerken');
  const button = page.getByRole('button', { name });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/bewerken\/concept\?id=concept-/);
  await waitForChart(page);
}

/** The chart shows the current route (no layout pending). */
export async function waitForChart(page: Page) {
  await expect(page.locator('.editor')).toHaveAttribute('data-layout-state', 'klaar');
  await expect(page.locator('.react-flow__node-routeNode').first()).toBeVisible();
}

export function canvasNode(page: Page, label: string) {
  // Named badge first, as drawn: "Rol: Mentor".
  return page.locator(`.react-flow__node-routeNode[aria-label$=": ${label}"]`);
}

export function canvasEdge(page: Page, id: string) {
  return page.locator(`.react-flow__edge [data-edge-id="${id}"]`);
}

export async function openTab(page: Page, name: RegExp) {
  await page.getByRole('tab', { name }).click();
}

/** Clicks a download button and returns the file's name and text. */
export async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}

/** Selects an option in a focused <select> by typing its first letters (no mouse). */
export async function chooseByKeyboard(page: Page, label: string | RegExp, text: string) {
  await page.getByLabel(label, { exact: typeof label === 'string' }).focus();
  await page.keyboard.type(text);
}
