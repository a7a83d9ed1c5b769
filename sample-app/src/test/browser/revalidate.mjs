// Opens URL in headless Chromium (Debian's /usr/bin/chromium via playwright-core), waits for the page's
// window.result (two fetches of one wiki page) and prints it as one JSON line. Run by BrowserRevalidationTest.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const url = process.argv[2];
const profile = mkdtempSync(join(tmpdir(), 'precondition-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
         '--disable-quic', '--disable-component-update', '--disable-sync'],
  timeout: 30000,
});
try {
  const page = await context.newPage();
  await page.goto(url, { timeout: 30000 });
  const result = await page.evaluate(() => window.result);
  console.log(JSON.stringify(result));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
