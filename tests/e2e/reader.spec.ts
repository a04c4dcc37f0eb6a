/**
 * The PDF reader (reader.html?file=…) on PDFs printed from real text
 * (reader-papers.ts): it shows the pages with their title, count and a link
 * back; it marks terms in the text layer with the content script's highlights
 * (also across spans and hyphenated line breaks, column by column) and the
 * marks paint; hovering a term opens its card and Esc closes it; zoom and
 * fit to width re-render and re-mark; damaged, locked, non-PDF and scanned
 * files get a clear notice; the file picker opens a PDF from this computer.
 */
import { highlightedTexts, highlightNames } from '../contract/page-contract';
import { cardOf, hoverTerm } from './content-helpers';
import { expect, readerUrl, test } from './reader-fixtures';
import { readerTerms, recallOf, webTerms } from './reader-recall';

test('shows a paper with its title, page count and a link back to it', async ({ openReader, readerFiles }) => {
  const page = await openReader(readerFiles.paper);
  await expect(page).toHaveTitle('Neuroblastoma in children: a review · MedTerm reader');
  await expect(page.locator('.page-number')).toContainText('of 3');
  await expect(page.locator('.page')).toHaveCount(3);
  await expect(page.locator('a.original')).toHaveAttribute('href', readerFiles.paper);
  await expect(page.locator('.page[data-page="1"] .textLayer')).toContainText('Neuroblastoma is a cancer');
});

test('marks terms across spans, hyphenated line breaks and columns', async ({ openReader, readerFiles }) => {
  const page = await openReader(readerFiles.paper);
  expect(await highlightNames(page)).toEqual(['medterm-dotted', 'medterm-dotted-quiet']);
  const texts = await highlightedTexts(page);
  // "Neur|obla|stoma" are three spans; "Neurobla‐" ends a line of the right column.
  expect(texts).toEqual(expect.arrayContaining(['Neuroblastoma', 'MYCN amplification', 'Neurobla\u2010stoma']));
  expect(texts.indexOf('immature nerve cells')).toBeLessThan(texts.indexOf('Neurobla\u2010stoma'));
});

test('paints the marks over the transparent text layer', async ({ openReader, readerFiles }) => {
  const page = await openReader(readerFiles.paper);
  const box = await hoverTerm(page, 'MYCN amplification');
  await page.mouse.move(0, 0);
  const clip = { x: box.x, y: box.y, width: box.width, height: box.height + 4 };
  const marked = await page.screenshot({ clip });
  await page.evaluate(() => CSS.highlights.delete('medterm-dotted'));
  expect(marked.equals(await page.screenshot({ clip }))).toBe(false);
});

test('opens the card on hover and closes it with Esc', async ({ openReader, readerFiles }) => {
  const page = await openReader(readerFiles.paper);
  await hoverTerm(page, 'MYCN amplification');
  const card = cardOf(page);
  await expect(card.locator('.term-card__term')).toHaveText('MYCN amplification');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

test('zooms, fits to width and marks the pages again', async ({ openReader, readerFiles }) => {
  const page = await openReader(readerFiles.paper);
  const first = page.locator('.page[data-page="1"]');
  const width = (await first.boundingBox())?.width ?? 0;
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(async () => (await first.boundingBox())?.width ?? 0).toBeLessThan(width);
  await expect.poll(() => highlightedTexts(page)).toContain('MYCN amplification');
  await page.getByRole('button', { name: 'Fit width' }).click();
  await expect.poll(async () => (await first.boundingBox())?.width ?? 0).toBeCloseTo(width, 0);
});

for (const [file, notice] of [
  ['locked', 'This PDF is locked with a password'],
  ['truncated', 'This PDF is damaged'],
  ['notPdf', 'This is not a PDF'],
  ['scan', 'No text to explain'],
] as const) {
  test(`says so when the file is ${file === 'notPdf' ? 'not a PDF' : file}`, async ({ openReader, readerFiles }) => {
    const page = await openReader(readerFiles[file]);
    await expect(page.getByRole('heading', { name: notice })).toBeVisible();
    // The printed scan's metadata title is Chromium's "about:blank": the file's name stands in.
    if (file === 'scan') await expect(page).toHaveTitle('scan.pdf · MedTerm reader');
  });
}

test('opens a PDF from this computer with the file picker', async ({ context, extensionId, readerFiles }) => {
  const page = await context.newPage();
  await page.goto(readerUrl(extensionId));
  await page.getByLabel('Open a PDF from your computer').setInputFiles(readerFiles.paperPath);
  await expect(page.locator('.page-number')).toContainText('of 3');
  await expect.poll(() => highlightedTexts(page)).toContain('MYCN amplification');
  await expect(page.locator('a.original')).toHaveCount(0);
});

test('marks nearly every term the content script marks on the same paper as HTML', async ({
  context,
  openReader,
  readerFiles,
}) => {
  const expected = await webTerms(context, readerFiles.paperHtml);
  const page = await openReader(readerFiles.paper);
  const { recall, missing } = recallOf(expected, await readerTerms(page));
  expect(recall, JSON.stringify(missing)).toBeGreaterThanOrEqual(0.9);
});
