/**
 * "My questions" when the browser's storage for the extension is full
 * (issue #13): a save from a page card and a change in the popup's tab are
 * refused with a message that says why, and what is on screen goes back to
 * what is stored.
 */
import type { Worker } from '@playwright/test';
import { cardOf, hoverTerm } from './content-helpers';
import { expect, test } from './fixtures';
import { openMyQuestions, savedItems, saveFromCard, storedQuestions } from './questions-helpers';

/** Fills local storage to within a few bytes of its quota, so the next change cannot fit. */
async function fillStorage(serviceWorker: Worker): Promise<void> {
  const left = await serviceWorker.evaluate(async () => {
    const key = 'filler';
    const used = await chrome.storage.local.getBytesInUse(null);
    const room = chrome.storage.local.QUOTA_BYTES - used - key.length - '""'.length - 4;
    await chrome.storage.local.set({ [key]: 'x'.repeat(room) });
    return chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
  });
  expect(left).toBeLessThan(16);
}

test('a page card says a word could not be saved when storage is full', async ({ openFixture, serviceWorker }) => {
  const page = await openFixture('questions.html');
  await fillStorage(serviceWorker);
  await hoverTerm(page, 'neuroblastoma');
  const card = cardOf(page);
  const button = card.locator('.term-card__save-button');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(card.getByRole('alert')).toContainText('could not be saved');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  expect(await storedQuestions(serviceWorker)).toBeUndefined();
});

test('the tab undoes a change it could not store and says why', async ({
  openFixture,
  serviceWorker,
  context,
  extensionId,
}) => {
  const page = await openFixture('questions.html');
  await saveFromCard(page, 'neuroblastoma');
  const popup = await openMyQuestions(context, extensionId);
  const asked = savedItems(popup).first().getByRole('checkbox', { name: 'Asked' });
  await expect(asked).not.toBeChecked();
  await fillStorage(serviceWorker);

  // A click, not check(): the box is expected to spring back.
  await asked.click();

  await expect(popup.panel().getByRole('alert')).toContainText('could not be saved, so it was undone');
  await expect(asked).not.toBeChecked();
  expect((await storedQuestions(serviceWorker))?.records).toEqual([expect.objectContaining({ asked: false })]);
});
