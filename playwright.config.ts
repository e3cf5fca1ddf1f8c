import { defineConfig } from '@playwright/test';

// Browser tests run against the production build, served as a static host would.
// Debian's Chromium is used: Playwright's own browser download does not work here.
// TEST_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.TEST_PORT ?? 4174);

export default defineConfig({
  testDir: 'tests/browser',
  // CI shares two cores between the server, two browsers and the editor's ELK worker:
  // give hydration room before an assertion gives up.
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `PORT=${port} npm run serve`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
