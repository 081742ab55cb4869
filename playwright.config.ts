import { defineConfig, devices } from '@playwright/test';
import { launchPath } from './tests/tools/browser.ts';

const port = Number(process.env['PREVIEW_PORT'] ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      // CHROMIUM_PATH, else Debian's Chromium (no download needed), else Playwright's own
      // (which `npm run test:e2e` downloads first when there is none: tests/tools/browser.ts).
      ...launchPath(),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // Tests run against the built site the way users get it; `npm test` builds before this.
  webServer: {
    command: `npx astro preview --port ${port} --host localhost`,
    url: `http://localhost:${port}/zh/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
