// End-to-end tests run in Debian's Chromium against the web host (browser mode): CI cannot
// download the Electron binary or Playwright's browsers. Never run `npx playwright install`.
import { defineConfig, devices } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // Each spec starts its own web host on a fresh data directory, so two run side by side (2 cores).
  workers: 2,
  fullyParallel: false,
  forbidOnly: process.env['CI'] !== undefined,
  reporter: 'list',
  use: {
    trace: 'retain-on-failure',
    // The specs read English labels before setup (the app speaks the browser's language until
    // then) and switch to zh-CN themselves; the scheme starts light (tests/e2e/axe.ts checks both).
    locale: 'en-US',
    colorScheme: 'light',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
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
    },
  ],
});
