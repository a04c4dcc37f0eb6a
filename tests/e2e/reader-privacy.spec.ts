/**
 * Privacy in the reader: the one request it causes is the fetch of the PDF it
 * was asked to open. Reading every page, zooming and opening a card add
 * none (pdf.js's worker reads its fonts from the extension itself). The
 * recorder is the one of privacy.spec.ts (the whole context, workers
 * included); the PDF's own request is its positive control.
 */
import { highlightedTexts } from '../contract/page-contract';
import { cardOf, hoverTerm } from './content-helpers';
import { expect, test } from './reader-fixtures';

test('makes no request beyond the PDF it opens', async ({ context, openReader, readerFiles }) => {
  const requests: string[] = [];
  const record = (request: { url(): string }) => {
    if (/^(https?|wss?|ftp):/.test(request.url())) requests.push(request.url());
  };
  context.on('request', record);
  try {
    const page = await openReader(readerFiles.paper);
    await hoverTerm(page, 'MYCN amplification');
    await expect(cardOf(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.keyboard.press('End');
    await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(0);
    await expect(page.locator('.page:last-child canvas')).toBeAttached();
    expect(requests).toEqual([readerFiles.paper]);
  } finally {
    context.off('request', record);
  }
});
