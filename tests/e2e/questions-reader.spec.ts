/**
 * "My questions" from the PDF reader (issue #13): a card over a PDF saves its
 * word with the sentence it was read in and the PDF's own title (not the
 * reader page's), and no address while addresses are not kept.
 */
import { cardOf, hoverTerm } from './content-helpers';
import { storedQuestions } from './questions-helpers';
import { expect, test } from './reader-fixtures';

test('saves a word from a card in the reader with its sentence and the PDF title', async ({
  openReader,
  readerFiles,
  extension,
}) => {
  const { serviceWorker } = extension;
  await serviceWorker.evaluate(() => chrome.storage.local.remove('questions'));
  const page = await openReader(readerFiles.paper);
  await hoverTerm(page, 'MYCN amplification');
  const button = cardOf(page).locator('.term-card__save-button');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');

  const pdfTitle = (await page.locator('h1.title').textContent())?.trim();
  expect(pdfTitle).toBeTruthy();
  const records = (await storedQuestions(serviceWorker))?.records ?? [];
  expect(records).toEqual([
    expect.objectContaining({ entryId: 'mycn-amplification', title: pdfTitle, question: '', asked: false }),
  ]);
  const [saved] = records;
  expect(saved).not.toHaveProperty('url');
  expect(saved?.sentence).toMatch(/MYCN\s+amplification/i);
  expect(saved?.sentence?.length).toBeLessThanOrEqual(320);
});
