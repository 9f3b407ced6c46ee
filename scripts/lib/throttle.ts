import type { Page } from '@playwright/test';

/**
 * Lighthouse's mobile throttling, applied rather than simulated: slow 4G
 * (150 ms per request, 1.6 Mbit/s down, 750 kbit/s up) and a 4× slower CPU.
 */
export async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1638.4 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}
