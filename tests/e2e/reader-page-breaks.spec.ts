/**
 * Terms that run across a page break (reader-break-letter.ts):
 * "neuro‐" / "blastoma" and "high-risk" / "neuroblastoma" are each matched
 * as one term, marked on both pages (one range per page's text layer, each
 * opening the joined term's card), and the popup counts each once.
 */
import { highlightedTexts } from '../contract/page-contract';
import { cardOf, entry, hoverTerm } from './content-helpers';
import { PopupPage } from './popup-page';
import { expect, test } from './reader-fixtures';

test('marks a term across a page break on both pages, as one term', async ({ openReader, readerFiles }) => {
  const reader = await openReader(readerFiles.breaks);
  await expect(reader.locator('.page[data-marked]')).toHaveCount(3);
  await expect
    .poll(() => highlightedTexts(reader))
    .toEqual(expect.arrayContaining(['neuro\u2010', 'blastoma', 'high-risk', 'neuroblastoma']));
  const texts = await highlightedTexts(reader);
  expect(texts.indexOf('neuro\u2010')).toBeLessThan(texts.indexOf('blastoma'));
  for (const [part, id] of [
    ['blastoma', 'neuroblastoma'],
    ['neuro\u2010', 'neuroblastoma'],
    ['neuroblastoma', 'high-risk-neuroblastoma'],
    ['high-risk', 'high-risk-neuroblastoma'],
  ] as const) {
    await hoverTerm(reader, part);
    await expect(cardOf(reader).locator('.term-card__term'), part).toHaveText(entry(id).term);
    await reader.keyboard.press('Escape');
    await expect(cardOf(reader)).toBeHidden();
  }
});

test('counts a term across a page break once in the popup', async ({
  context,
  extensionId,
  openReader,
  readerFiles,
}) => {
  const reader = await openReader(readerFiles.breaks);
  const popup = await PopupPage.open(context, extensionId);
  await reader.bringToFront();
  await popup.page.reload();
  const listed = (id: string) =>
    popup.panel().locator('li', { has: popup.page.locator(`.entry-list__button[data-entry="${id}"]`) });
  await expect(listed('neuroblastoma')).toContainText('once');
  await expect(listed('high-risk-neuroblastoma')).toContainText('once');
});
