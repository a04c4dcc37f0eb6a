/**
 * What this test proves about the card's "Read it in the full overview"
 * link: the first click opens the overview in a tab at the entry; a second
 * click, from another term's card, reuses that tab (it becomes the active tab
 * and moves to the second entry without reloading) instead of opening another.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { cardOf, entry, hoverTerm } from './content-helpers';
import { makeOnlyTab } from './content-service-worker';
import { expect, test } from './fixtures';

declare const chrome: { tabs: { query(filter: { active: boolean }): Promise<{ url?: string }[]> } };

function overviewTabs(context: BrowserContext): Page[] {
  return context.pages().filter((page) => new URL(page.url()).pathname === '/overview.html');
}

function activeTabUrl(serviceWorker: Worker): Promise<string | undefined> {
  return serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.url);
}

/** Opens the card of a term on the page and clicks its overview link. */
async function openOverviewFrom(page: Page, term: string): Promise<void> {
  await page.bringToFront();
  await hoverTerm(page, term);
  const card = cardOf(page);
  await expect(card.locator('.term-card__term')).toHaveText(term);
  await card.locator('.term-card__link').click();
}

test('reuses the open overview tab and moves it to the entry', async ({
  openFixture,
  context,
  serviceWorker,
  extensionId,
  pageErrors,
}) => {
  const page = await openFixture('commands.html');
  await makeOnlyTab(context, page);
  const overviewUrl = `chrome-extension://${extensionId}/overview.html`;

  const opened = context.waitForEvent('page');
  await openOverviewFrom(page, 'chemotherapy');
  const overview = await opened;
  await expect(overview).toHaveURL(`${overviewUrl}#chemotherapy`);
  const overviewCard = overview.locator('article .term-card');
  await expect(overviewCard.getByRole('heading', { level: 2 })).toHaveText(entry('chemotherapy').term);

  // A mark in the overview's world, which a reload would wipe.
  await overview.evaluate(() => Object.assign(window, { medtermNotReloaded: true }));
  await openOverviewFrom(page, 'surgery');
  await expect(overview).toHaveURL(`${overviewUrl}#surgery`);
  expect(await overview.evaluate(() => 'medtermNotReloaded' in window)).toBe(true);
  await expect(overviewCard.getByRole('heading', { level: 2 })).toHaveText(entry('surgery').term);
  expect(overviewTabs(context)).toEqual([overview]);
  await expect.poll(() => activeTabUrl(serviceWorker)).toBe(`${overviewUrl}#surgery`);
  expect(pageErrors).toEqual([]);
});
