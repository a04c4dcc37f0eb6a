/**
 * What these tests prove about where the settings live (utils/settings.ts):
 * - the list of sites turned off is kept in local storage, never in sync
 *   (host names of hospital portals must not travel through browser sync),
 *   and it still saves with thousands of sites in it, where one synced item
 *   would have run out of room long before;
 * - when the browser refuses to store a change (storage full), the popup
 *   says so and puts the switch back as it was, instead of showing a state
 *   that was never saved.
 */
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { PopupPage } from './popup-page';
import { fillStorage } from './storage-full';

const SITE_SWITCH = 'Explain words on 127.0.0.1';

function storedSettings(serviceWorker: Worker): Promise<unknown> {
  return serviceWorker.evaluate(() => chrome.storage.local.get('settings').then(({ settings }) => settings));
}

test('keeps 3,000 turned-off sites in local storage and still saves the switch', async ({
  context,
  extensionId,
  openFixture,
  serviceWorker,
}) => {
  const disabledSites = Array.from({ length: 3_000 }, (_, index) => `portal-${index}.hospital.example`);
  await serviceWorker.evaluate(
    (sites) => chrome.storage.local.set({ settings: { disabledSites: sites } }),
    disabledSites,
  );
  const article = await openFixture('article.html');
  const popup = await PopupPage.open(context, extensionId);
  await article.bringToFront();
  await popup.page.reload();
  await popup.tab('Settings').click();
  await popup.panel().getByRole('checkbox', { name: SITE_SWITCH }).uncheck();

  await expect
    .poll(async () => ((await storedSettings(serviceWorker)) as { disabledSites: string[] }).disabledSites.length)
    .toBe(3_001);
  expect(await serviceWorker.evaluate(() => chrome.storage.sync.get(null))).toEqual({});
  await expect(popup.page.getByRole('alert')).toHaveCount(0);
});

test('puts the switch back and says why when the browser cannot store the change', async ({
  context,
  extensionId,
  openFixture,
  serviceWorker,
}) => {
  const article = await openFixture('article.html');
  const popup = await PopupPage.open(context, extensionId);
  await article.bringToFront();
  await popup.page.reload();
  await popup.tab('Settings').click();
  const site = popup.panel().getByRole('checkbox', { name: SITE_SWITCH });
  await expect(site).toBeChecked();
  await fillStorage(serviceWorker);

  // A click, not uncheck(): the switch is expected to spring back.
  await site.click();

  await expect(popup.page.getByRole('alert')).toContainText('could not be saved, so it was undone');
  await expect(site).toBeChecked();
  expect(await storedSettings(serviceWorker)).toBeUndefined();
  await expect.poll(async () => (await article.evaluate(() => CSS.highlights.size)) > 0).toBe(true);
});
