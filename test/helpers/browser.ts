/**
 * A real browser for the HTML report's tests: Debian's chromium driven by playwright-core, headless,
 * with a fresh profile, every network request refused and recorded, and every script error collected.
 * Screenshots go to test-artifacts/browser/ (not committed) for people to look at.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`browser tests skipped: no ${CHROMIUM} (apt-get install chromium)`);

export const ARTIFACTS = new URL('../../test-artifacts/browser/', import.meta.url);

export interface ReportBrowser {
  context: BrowserContext;
  /** Every request other than the report file itself: all refused. */
  requests: string[];
  /** Uncaught errors and console errors of the pages. */
  errors: string[];
  open(path: string, hash?: string): Promise<Page>;
  screenshot(page: Page, name: string, fullPage?: boolean): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Disable the page's Content-Security-Policy, to prove the escaping alone keeps hostile text inert. */
  bypassCSP?: boolean;
}

export async function launchReportBrowser(options: LaunchOptions = {}): Promise<ReportBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'syndiq-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1280, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
  });
  const requests: string[] = [];
  const errors: string[] = [];
  const opened = new Set<string>();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (opened.has(url.replace(/#.*$/, ''))) return route.continue();
    if (!requests.includes(url)) requests.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (r) => {
    const url = r.url().replace(/#.*$/, '');
    if (!opened.has(url) && !requests.includes(r.url())) requests.push(r.url());
  });
  const watch = (page: Page): void => {
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
  };
  return {
    context,
    requests,
    errors,
    async open(path, hash = '') {
      const url = pathToFileURL(path).href;
      opened.add(url);
      const page = await context.newPage();
      watch(page);
      await page.goto(url + hash);
      await page.waitForSelector('html[data-ready="true"]');
      return page;
    },
    async screenshot(page, name, fullPage = false) {
      await mkdir(ARTIFACTS, { recursive: true });
      const path = new URL(`${name}.png`, ARTIFACTS).pathname;
      await page.screenshot({ path, fullPage });
      return path;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
