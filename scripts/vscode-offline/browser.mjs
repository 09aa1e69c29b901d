// Headless Debian Chromium through playwright-core (no browser download: the npm `playwright` browsers need internet).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './config.mjs';

/** @returns {Promise<{ browser: import('playwright-core').Browser, page: import('playwright-core').Page }>} */
export async function launchBrowser({ width = 1400, height = 900 } = {}) {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`);
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  return { browser, page };
}
