/**
 * Trust: copying highlighted text yields exactly the page's text
 * (tests/fixtures/trust-copy.html, a letter whose terms run across <i>, <em>,
 * <a>, <span>, a comment, a footnote marker and a non-breaking hyphen). With
 * the extension running, and again in a plain Chromium without it, the same
 * selection is copied with a real Control+C; the tests prove that:
 * - a paragraph with highlighted terms, selected whole (selectAllChildren,
 *   what a drag across it selects), copies to the same string
 *   (Selection.toString(), what the page's own copy listener sees, and the
 *   clipboard's text/plain) and the same text/html as without the extension;
 * - after the reader has opened a term's card and closed it, Select All +
 *   Control+C puts on the clipboard exactly what a plain browser puts there
 *   (nothing of the card or its screen-reader announcement).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { highlightedTextsIn, spaced } from '../contract/page-contract';
import { cardOf, hoverTerm } from './content-helpers';
import { expect, test } from './fixtures';
import { launchPlain } from './trust-helpers';

interface Copied {
  readonly selection: string;
  /** What the page's own copy listener read from window.getSelection(). */
  readonly copyEvent: string;
  readonly clipboardText: string;
  readonly clipboardHtml: string | null;
}

async function allowClipboard(context: BrowserContext, origin: string): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
}

/** Selects the letter paragraph (or, with null, the whole page) and copies it with Control+C. */
async function copy(page: Page, selector: string | null): Promise<Copied> {
  const before = await page.evaluate(() => window.copies.length);
  if (selector) {
    await page.evaluate((within) => {
      const element = document.querySelector(within);
      if (!element) throw new Error(`${within} is not in the page`);
      getSelection()?.selectAllChildren(element);
    }, selector);
  } else {
    await page.keyboard.press('Control+A');
  }
  await page.keyboard.press('Control+C');
  await page.waitForFunction((count) => window.copies.length > count, before);
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const html = item?.types.includes('text/html') ? await (await item.getType('text/html')).text() : null;
    const { copies } = window;
    return {
      selection: getSelection()?.toString() ?? '',
      copyEvent: copies[copies.length - 1] ?? '',
      clipboardText: await navigator.clipboard.readText(),
      clipboardHtml: html,
    };
  });
}

/** What a plain Chromium without the extension copies from the same page. */
async function copiedWithoutExtension(url: string, origin: string, selector: string | null): Promise<Copied> {
  const { browser, context } = await launchPlain();
  try {
    await allowClipboard(context, origin);
    const page = await context.newPage();
    await page.goto(url);
    return await copy(page, selector);
  } finally {
    await browser.close();
  }
}

test('copies a paragraph with highlighted terms exactly as a browser without the extension does', async ({
  context,
  openFixture,
  server,
  pageErrors,
}) => {
  await allowClipboard(context, server.origin);
  const page = await openFixture('trust-copy.html');
  const inLetter = (await highlightedTextsIn(page, '#letter')).map(spaced);
  // Terms that run across inline elements and a comment are highlighted, each as one range.
  expect(inLetter).toEqual([
    'Neuroblastoma',
    'induction chemotherapy',
    'stem cell transplant',
    'bone marrow',
    'no MYCN amplification',
    'ferritin',
    'anti\u2011GD2 antibodies',
    'isotretinoin',
  ]);

  const ours = await copy(page, '#letter');
  const theirs = await copiedWithoutExtension(page.url(), server.origin, '#letter');

  expect(theirs.clipboardText).toContain('stem cell transplant is next.1 Her bone marrow');
  expect(ours.selection).toBe(theirs.selection);
  expect(ours.copyEvent).toBe(theirs.copyEvent);
  expect(ours.clipboardText).toBe(theirs.clipboardText);
  expect(ours.clipboardHtml).toBe(theirs.clipboardHtml);
  expect(pageErrors).toEqual([]);
});

test('copies the whole page exactly as a browser without the extension does after a card was opened', async ({
  context,
  openFixture,
  server,
  pageErrors,
}) => {
  await allowClipboard(context, server.origin);
  const page = await openFixture('trust-copy.html');
  await hoverTerm(page, 'isotretinoin');
  await expect(cardOf(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(cardOf(page)).toBeHidden();

  const ours = await copy(page, null);
  const theirs = await copiedWithoutExtension(page.url(), server.origin, null);

  expect(theirs.clipboardText).toContain('Call us if a fever comes back.');
  expect(ours.selection).toBe(theirs.selection);
  expect(ours.copyEvent).toBe(theirs.copyEvent);
  expect(ours.clipboardText).toBe(theirs.clipboardText);
  expect(pageErrors).toEqual([]);
});
