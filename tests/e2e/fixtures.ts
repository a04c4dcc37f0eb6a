/**
 * The Playwright fixtures of every browser test: a Chromium with the built
 * extension loaded, its service worker and id, the fixture pages served over
 * http (tests/fixture-server.ts), and `openFixture`, which opens one and waits
 * for the first full pass. See https://playwright.dev/docs/chrome-extensions
 * (the id is read from the service worker, never hard-coded).
 */
import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from '../../scripts/chromium';
import { isReady } from '../contract/page-contract';
import { type StaticServer, serveFixtures } from '../fixture-server';
import { exposeClosedRoots, registerClosedRootEngine } from './closed-roots';

/** A page not ready after this long is a failure (not a test timeout a minute later). */
const READY_TIMEOUT_MS = 15_000;

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens a fixture page (a path under tests/fixtures) and waits for the first full pass. */
  openFixture: (path: string) => Promise<Page>;
  /** Errors thrown in any page of the context. */
  pageErrors: Error[];
}

export const test = base.extend<Fixtures, { server: StaticServer }>({
  server: [
    async ({}, use) => {
      const server = await serveFixtures();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    await registerClosedRootEngine();
    const launched = await launchWithExtension();
    await exposeClosedRoots(launched.context);
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
  await page.waitForFunction(isReady, null, { timeout: READY_TIMEOUT_MS });
}

export { CHROMIUM_PATH, EXTENSION_DIR, launchWithExtension, QUIET_CHROMIUM_FLAGS } from '../../scripts/chromium';
