/**
 * Playwright fixtures: a Chromium with the built extension loaded, its id,
 * and the fixture pages served over http. See
 * https://playwright.dev/docs/chrome-extensions (the id is read from the
 * service worker, never hard-coded).
 */
import { resolve } from 'node:path';
import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from '../../scripts/chromium';
import { type StaticServer, serveDirectory } from '../../scripts/static-server';

const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens a fixture page (a path under tests/fixtures) and waits for the first full pass. */
  openFixture: (path: string) => Promise<Page>;
  pageErrors: Error[];
}

export const test = base.extend<Fixtures, { server: StaticServer }>({
  server: [
    async ({}, use) => {
      const server = await serveDirectory(FIXTURES_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched.context);
    await launched.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  pageErrors: async ({ context }, use) => {
    const errors: Error[] = [];
    context.on('page', (page) => page.on('pageerror', (error) => errors.push(error)));
    await use(errors);
  },
  openFixture: async ({ context, server, pageErrors: _errors }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${path}`);
      await waitForReady(page);
      return page;
    });
  },
});

export const expect = test.expect;

export async function waitForReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('medterm:ready').length > 0);
}

export { CHROMIUM_PATH, EXTENSION_DIR, launchWithExtension, QUIET_CHROMIUM_FLAGS } from '../../scripts/chromium';
