/**
 * The right sense on the page: everyday words are marked only on pages about
 * health, the popup says why a page has few marks and can mark every word on
 * the site, and a card adds what holds only for neuroblastoma only on pages
 * about it.
 */

import { highlightedTexts } from '../contract/page-contract';
import { cardOf, hoverTerm } from './content-helpers';
import { expect, test } from './fixtures';
import { PopupPage } from './popup-page';

const EVERYDAY_WORDS = ['skin', 'chest', 'bone'];

test('leaves everyday words unmarked on a travel page and marks them once the reader asks for every word on the site', async ({
  context,
  extensionId,
  openFixture,
  serviceWorker,
}) => {
  const travel = await openFixture('topic-travel.html');
  expect(await highlightedTexts(travel)).toEqual([]);

  const popup = await PopupPage.open(context, extensionId);
  await travel.bringToFront();
  await popup.page.reload();
  await expect(popup.panel()).toContainText('This page doesn’t seem to be about health');
  await popup.panel().getByRole('button', { name: 'Mark all words on this site' }).click();
  await expect
    .poll(() => serviceWorker.evaluate(() => chrome.storage.local.get('settings').then(({ settings }) => settings)))
    .toMatchObject({ markAllSites: ['127.0.0.1'] });
  await expect.poll(() => highlightedTexts(travel)).toEqual(expect.arrayContaining(EVERYDAY_WORDS));

  await popup.page.reload();
  await popup.panel().getByRole('button', { name: 'Mark only words that fit each page' }).click();
  await expect.poll(() => highlightedTexts(travel)).toEqual([]);
});

test('marks everyday words, more quietly, on a page about health', async ({ openFixture }) => {
  const acne = await openFixture('topic-acne.html');
  const marked = await highlightedTexts(acne, 'medterm-dotted-quiet');
  expect(marked).toContain('skin');
  expect(await highlightedTexts(acne, 'medterm-dotted')).toContain('isotretinoin');
});

test('shows the overview’s neuroblastoma sentence in a card only on a page about neuroblastoma', async ({
  openFixture,
}) => {
  const acne = await openFixture('topic-acne.html');
  await hoverTerm(acne, 'isotretinoin');
  await expect(cardOf(acne).locator('h2')).toHaveText('isotretinoin');
  await expect(cardOf(acne).getByText('In the overview, under')).toHaveCount(0);

  const article = await openFixture('article.html');
  await hoverTerm(article, 'isotretinoin');
  await expect(cardOf(article).locator('h2')).toHaveText('isotretinoin');
  await expect(cardOf(article).getByText('In the overview, under')).toBeVisible();
});
