import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Browser, BrowserContext, Locator, Page, chromium } from 'playwright-core';
import { readConfig } from '../../../apps/platform/src/config/platform-config';
import { RunningPlatform, startPlatform } from '../../../apps/platform/src/platform';
import { WEB_APP_DIR } from '../../../apps/platform/src/web/web-app';
import { GraphqlClient } from '../../support/graphql-client';

const root = path.resolve(__dirname, '../../..');
export const SCREENSHOTS = path.join(root, 'test-output', 'screenshots');

export interface WebPlatform {
  platform: RunningPlatform;
  browser: Browser;
  url: string;
  /** A GraphQL client signed in as a demo person, through the same development sign-in the web app uses. */
  api(subject: string): Promise<GraphqlClient>;
  stop(): Promise<void>;
}

/**
 * The platform as `npm start` runs it — embedded default (PGlite in a fresh folder, development
 * signer, demo data), serving the web app's build — and Debian's Chromium driven by Playwright.
 */
export async function startWebPlatform(): Promise<WebPlatform> {
  if (!fs.existsSync(path.join(WEB_APP_DIR, 'index.html')))
    throw new Error('no web app build: npm test builds it (scripts/ensure.js), or run npm run web:build');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpp-web-'));
  // The journeys are the issue's, on Sóc Trăng's agencies: the chart of the source documents, before the 2025 mergers.
  const config = readConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', DEADLINE_CHECK_INTERVAL_MS: '0', DEMO_REORGANISATION_2025: 'false' });
  const platform = await startPlatform(config);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    platform,
    browser,
    url: platform.url,
    async api(subject) {
      const response = await fetch(`${platform.url}/dev/sign-in?subject=${subject}`, { method: 'POST' });
      const { token } = (await response.json()) as { token: string };
      return new GraphqlClient(`${platform.url}/graphql`, token);
    },
    async stop() {
      await browser.close();
      await platform.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

/** A fresh browser profile signed in as a demo person by picking them on the sign-in page. */
export async function signedIn(
  web: WebPlatform,
  personName: RegExp,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await web.browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...options });
  const page = await context.newPage();
  await page.goto(web.url);
  await page.getByRole('button', { name: personName }).click();
  await page.waitForURL(/#\/(committee|inspector|officer)/);
  return { context, page };
}

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: unknown[];
}

/** axe-core's serious and critical violations on the page as it stands. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE });
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target) })))`,
  )) as AxeViolation[];
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Screenshot for people to look at (test-output/ is not committed) and the accessibility check, for one main page. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
}

/** How many elements match once the page settles on the expected number (or the count after 10 s). */
export async function settledCount(locator: Locator, expected: number): Promise<number> {
  const until = Date.now() + 10000;
  let count = await locator.count();
  while (count !== expected && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    count = await locator.count();
  }
  return count;
}
