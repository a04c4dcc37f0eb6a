/**
 * Opening a PDF in the reader from a tab that shows one: the popup offers
 * "Open in MedTerm reader", and the reader reads the bytes inside that tab,
 * with the tab's login cookie (reader-portal.ts), never fetching the address
 * itself. Also: a PDF dropped on the reader opens.
 *
 * Clicking the toolbar button grants activeTab, which lets the popup and
 * the reader script the tab; Playwright cannot click the toolbar, so that
 * test runs a copy of the build whose manifest grants the portal's host
 * instead (reader-granted.ts).
 */
import { readFile } from 'node:fs/promises';
import { isReady } from '../contract/page-contract';
import { cardOf, entry } from './content-helpers';
import { PopupPage } from './popup-page';
import { expect, readerUrl, test } from './reader-fixtures';
import { launchGranted } from './reader-granted';
import { expectLetterReadInTab, servePortal } from './reader-portal';

test('opens the PDF of the active tab from the popup, read inside that tab', async ({ readerFiles }) => {
  const portal = await servePortal(await readFile(readerFiles.paperPath));
  const { context, extensionId, close } = await launchGranted();
  try {
    const letter = await context.newPage();
    await letter.goto(portal.letter);
    const popup = await PopupPage.open(context, extensionId);
    await letter.bringToFront();
    await popup.page.reload();
    const opened = context.waitForEvent('page');
    await popup.page.getByRole('button', { name: 'Open in MedTerm reader' }).click();
    await expectLetterReadInTab(await opened, portal);
  } finally {
    await close();
    await portal.close();
  }
});

test('offers no reader in the popup for a tab that shows a web page', async ({ context, extensionId, readerFiles }) => {
  const article = await context.newPage();
  await article.goto(readerFiles.paperHtml);
  const popup = await PopupPage.open(context, extensionId);
  await article.bringToFront();
  await popup.page.reload();
  await expect(popup.tab('On this page')).toBeVisible();
  await expect(popup.page.getByRole('button', { name: 'Open in MedTerm reader' })).toHaveCount(0);
});

test('opens a PDF dropped on the reader', async ({ context, extensionId, readerFiles }) => {
  const page = await context.newPage();
  await page.goto(readerUrl(extensionId));
  const bytes = [...(await readFile(readerFiles.paperPath))];
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'dropped.pdf', { type: 'application/pdf' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  await page.waitForFunction(isReady, null, { timeout: 15_000 });
  await expect(page.locator('.page-number')).toContainText('of 3');
});

test("lists the whole PDF's terms in the popup and shows one from a later page", async ({
  context,
  extensionId,
  openReader,
  readerFiles,
}) => {
  const reader = await openReader(readerFiles.paper);
  const popup = await PopupPage.open(context, extensionId);
  await reader.bringToFront();
  await popup.page.reload();
  await expect(popup.panel().getByRole('heading', { name: /words? explained on this page/ })).toBeVisible();
  const ids = await popup.listedIds();
  expect(ids).toEqual(expect.arrayContaining(['neuroblastoma', 'mycn-amplification']));
  const last = ids.at(-1) ?? '';
  await popup.panel().locator(`.entry-list__button[data-entry="${last}"]`).click();
  await expect(cardOf(reader)).toBeVisible();
  await expect(cardOf(reader).locator('h2')).toHaveText(entry(last).term);
});
