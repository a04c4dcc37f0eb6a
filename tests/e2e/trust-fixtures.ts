/**
 * Fixtures for the trust specs. Besides the shared ones (tests/e2e/fixtures.ts):
 * `pages`, the trust server (trust-server.ts: fixture pages plus Preact's
 * modules), and `openPage`, which opens one of its pages and waits for
 * "medterm:ready".
 */
import type { Page } from '@playwright/test';
import { test as base } from './fixtures';
import { serveTrustPages, type TrustServer } from './trust-server';

/** A page not ready after this long is a failure (not a test timeout a minute later). */
const READY_TIMEOUT_MS = 15_000;

interface TrustFixtures {
  /** Opens a page of `pages` (a path under tests/fixtures) and waits for the first full pass. */
  openPage: (path: string) => Promise<Page>;
}

export const test = base.extend<TrustFixtures, { pages: TrustServer }>({
  pages: [
    async ({}, use) => {
      const server = await serveTrustPages();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  openPage: async ({ context, pages, pageErrors: _errors }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`${pages.origin}/${path}`);
      await page.waitForFunction(() => performance.getEntriesByName('medterm:ready').length > 0, null, {
        timeout: READY_TIMEOUT_MS,
      });
      return page;
    });
  },
});

export const expect = test.expect;
