import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/browser.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4322);
/** The built site under test; helpers and benchmarks may build elsewhere. */
const DIST = process.env['E2E_DIST'] ?? 'dist';
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  forbidOnly: Boolean(process.env['CI']),
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  // Per test: axe in light and dark mode on a long page can take half a minute on a busy 2-core machine.
  timeout: 90_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          // Without these, Chromium tries to reach Google services, which closed networks refuse.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.ts ${DIST}`,
    env: { PORT: String(PORT) },
    url: `http://localhost:${PORT}/vi/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
  },
});
