/**
 * "My questions" when the browser's storage for the extension is full
 * (issue #13): a save from a page card is refused with a message that says
 * why, and a question typed in the popup's tab is not lost: it stays in its
 * box with a message.
 */
import { cardOf, hoverTerm } from './content-helpers';
import { expect, test } from './fixtures';
import { openMyQuestions, savedItems, saveFromCard, storedQuestions } from './questions-helpers';
import { fillStorage } from './storage-full';

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
