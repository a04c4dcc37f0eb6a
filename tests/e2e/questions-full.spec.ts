/**
 * "My questions" when the browser's storage for the extension is full
 * (issue #13): a save from a page card is refused with a message that says
 * why, and a question typed in the popup's tab is not lost: it stays in its
 * box with a message.
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

test('a question the browser refuses to store stays in its box, with a message', async ({
  openFixture,
  serviceWorker,
  context,
  extensionId,
}) => {
  const page = await openFixture('questions.html');
  await saveFromCard(page, 'neuroblastoma');
  const popup = await openMyQuestions(context, extensionId);
  const box = savedItems(popup)
    .first()
    .getByRole('textbox', { name: /My question about/ });
  await fillStorage(serviceWorker);

  await box.fill('Will she need more scans after the last round of chemotherapy?');
  await box.blur();

  await expect(popup.panel().getByRole('alert')).toContainText('Your question could not be saved');
  await expect(box).toHaveValue('Will she need more scans after the last round of chemotherapy?');
  expect((await storedQuestions(serviceWorker))?.records).toEqual([expect.objectContaining({ question: '' })]);
});
