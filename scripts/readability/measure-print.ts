/**
 * Printing, as Ctrl+P on A4 landscape: page.pdf of the route page and of its print view,
 * the PDF's text by `pdftotext` (poppler-utils), and how many step labels page 1 holds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { waitForSettledChart } from './chart-snapshot.ts';
import { DESKTOP } from './measure-chart.ts';
import { HOOKS } from './page-hooks.ts';
import { type ExpectedLabel, chartLabelsOnPage, splitPages } from './print-labels.ts';

export interface PrintFigures {
  pages: number;
  labelsOnPage1: number;
  labels: number;
}

export function hasPdfToText(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'routekaart-print-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    // -raw keeps the drawing order, so a label's lines stay together.
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints `url` to PDF (print media, A4 landscape, backgrounds) and counts labels on page 1. */
export async function printFigures(
  browser: Browser,
  url: string,
  labels: readonly ExpectedLabel[],
  waitForChart: boolean,
): Promise<PrintFigures> {
  const context = await browser.newContext(DESKTOP);
  try {
    const page = await context.newPage();
    await page.goto(url);
    if (waitForChart) await waitForSettledChart(page);
    await page.emulateMedia({ media: 'print' });
    const print = async () =>
      splitPages(pdfText(await page.pdf({ format: 'A4', landscape: true, printBackground: true })));
    const pages = await print();
    // Once more without the chart's label text, to tell chart labels from the same words
    // elsewhere on the page (see print-labels.ts).
    await page.addStyleTag({ content: `${HOOKS.printLabel} { visibility: hidden !important; }` });
    const withoutLabels = await print();
    return {
      pages: pages.length,
      labelsOnPage1: chartLabelsOnPage(pages[0] ?? '', withoutLabels[0] ?? '', labels).length,
      labels: labels.length,
    };
  } finally {
    await context.close();
  }
}
