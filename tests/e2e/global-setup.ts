/**
 * Prints which browser the e2e run uses, so a failure can be read against
 * its version (Debian's Chromium moves on between runs).
 */
import { chromium, type FullConfig } from '@playwright/test';

export default async function globalSetup(config: FullConfig): Promise<void> {
  const launchOptions = config.projects[0]?.use.launchOptions ?? {};
  const browser = await chromium.launch(launchOptions);
  try {
    const path = launchOptions.executablePath ?? chromium.executablePath();
    console.log(`Browser: ${browser.browserType().name()} ${browser.version()} (${path})`);
  } finally {
    await browser.close();
  }
}
