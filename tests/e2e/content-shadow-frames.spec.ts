/**
 * What these tests prove about text outside the page's main tree:
 * - terms inside open shadow roots (nested ones too, and text changed there
 *   after load) are highlighted and underlined on screen, text in a form
 *   field inside a root is not, no root gets a sheet the page could read
 *   (its own adopted sheets stay as they were), and hovering such a term
 *   opens its card;
 * - shadow roots that appear after the first pass are highlighted too: a host
 *   the page inserts, and an element a late-defined custom element upgrades;
 * - a same-origin frame and a srcdoc frame are each read by their own content
 *   script (their own highlights and ready mark, nothing leaking between
 *   frames), and hovering a term in a frame opens the card inside that frame;
 * - a frame with no text (an ad) is marked ready at once and highlighted once
 *   text appears in it;
 * - a frame from another site (its own renderer process) gets the explainer
 *   and, on hover, the card from the background like every other frame.
 */
import type { Page } from '@playwright/test';
import { highlightedTexts, readyMarks } from '../contract/page-contract';
import { cardOf, entry, hostCount, hoverTerm, rangesTouching, termBox, termsByTree } from './content-helpers';
import { expect, test } from './fixtures';
import { paintedPixels } from './painted';

async function openSettled(openFixture: (path: string) => Promise<Page>): Promise<Page> {
  const page = await openFixture('shadow.html');
  await page.waitForFunction(() => window.shadowDemo.settled);
  return page;
}

/** For each shadow host (by selector path), whether its root holds any highlight rules and which sheets it has. */
function adoptedSheets(page: Page): Promise<Record<string, { highlightRules: boolean; pageSheetFirst: boolean }>> {
  return page.evaluate(() => {
    const { pageSheet } = window.shadowDemo;
    const hosts: Record<string, Element | null | undefined> = {
      'care-card': document.querySelector('care-card'),
      'dose-chart': document.querySelector('care-card')?.shadowRoot?.querySelector('dose-chart'),
      '#late-host': document.querySelector('#late-host'),
      'lab-result': document.querySelector('lab-result'),
    };
    const result: Record<string, { highlightRules: boolean; pageSheetFirst: boolean }> = {};
    for (const [label, host] of Object.entries(hosts)) {
      const sheets = host?.shadowRoot?.adoptedStyleSheets ?? [];
      result[label] = {
        highlightRules: sheets.some((sheet) =>
          [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(')),
        ),
        pageSheetFirst: sheets[0] === pageSheet,
      };
    }
    return result;
  });
}

test('highlights terms inside open shadow roots, paints them without a sheet the page can read, and opens their cards', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openSettled(openFixture);

  await expect
    .poll(async () => {
      const { document = [], 'care-card': card = [], 'dose-chart': chart = [] } = await termsByTree(page);
      return { document, card, chart };
    })
    .toEqual({
      document: ['neuroblastoma', 'bone marrow'],
      // "Next: CT scan." became "Next: MRI scan." after load; the textarea's "relapse" is never read.
      card: ['MIBG scan', 'immunotherapy', 'MRI scan'],
      chart: ['stem cell transplant'],
    });
  // Everyday words in the component, drawn more quietly on this page about health.
  expect((await termsByTree(page, 'medterm-dotted-quiet'))['care-card']).toEqual(['Side effects', 'fever']);
  const sheets = await adoptedSheets(page);
  expect(sheets['care-card']).toEqual({ highlightRules: false, pageSheetFirst: true });
  expect(sheets['dose-chart']).toEqual({ highlightRules: false, pageSheetFirst: false });
  expect(await paintedPixels(page, await termBox(page, 'MIBG scan'))).toBeGreaterThan(0);
  expect(await paintedPixels(page, await termBox(page, 'stem cell transplant'))).toBeGreaterThan(0);
  expect(await readyMarks(page)).toBe(1);

  await hoverTerm(page, 'immunotherapy');
  const card = cardOf(page);
  await expect(card).toBeVisible();
  await expect(card.locator('.term-card__term')).toHaveText(entry('immunotherapy').term);
  expect(pageErrors).toEqual([]);
});

test('highlights shadow roots that appear after load: an inserted host and a late-upgraded custom element', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openSettled(openFixture);
  // Each late root gets its own wait, so one missing root does not hide the other.
  const soft = expect.configure({ soft: true, timeout: 5_000 });
  await soft
    .poll(async () => (await termsByTree(page)).div, { message: 'host inserted after load' })
    .toEqual(['radiation therapy']);
  await soft
    .poll(async () => (await termsByTree(page))['lab-result'], { message: 'custom element defined after load' })
    .toEqual(['ferritin levels']);
  soft(await paintedPixels(page, await termBox(page, 'radiation therapy')), 'inserted host painted').toBeGreaterThan(0);
  soft(await paintedPixels(page, await termBox(page, 'ferritin levels')), 'upgraded element painted').toBeGreaterThan(
    0,
  );
  expect(pageErrors).toEqual([]);
});

test("highlights inside same-origin and srcdoc frames with each frame's own content script", async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openFixture('frame.html');
  const report = page.frame({ url: /frame-report\.html$/ });
  const summary = page.frames().find((frame) => frame.url() === 'about:srcdoc');
  if (!report || !summary) throw new Error('frame.html should hold both frames');

  await expect.poll(() => readyMarks(report)).toBe(1);
  await expect.poll(() => readyMarks(summary)).toBe(1);
  expect(await highlightedTexts(page)).toEqual(['neuroblastoma']);
  expect(await highlightedTexts(report)).toEqual(['MYCN amplification', 'primary tumour']);
  expect(await rangesTouching(report, ['textarea', 'code'])).toEqual({ textarea: 0, code: 0 });
  expect(await highlightedTexts(summary)).toEqual(['bone marrow biopsy']);

  await hoverTerm(page, 'MYCN amplification', { frame: report });
  const card = cardOf(page.frameLocator('#report'));
  await expect(card).toBeVisible();
  await expect(card.locator('.term-card__term')).toHaveText(entry('mycn-amplification').term);
  // The card lives in the frame's own host; the top page gets none.
  expect(await hostCount(page)).toBe(0);
  expect(await hostCount(report)).toBe(1);
  expect(pageErrors).toEqual([]);
});

test('a frame with no text is ready at once and highlighted once text appears in it', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openFixture('frame.html');
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.id = 'ad';
    frame.srcdoc = '<!doctype html><a href="#"><img alt="" width="300" height="250"></a>';
    document.body.append(frame);
  });
  const ad = page.frameLocator('#ad');
  const frame = await (await page.locator('#ad').elementHandle())?.contentFrame();
  if (!frame) throw new Error('The ad frame should be on the page');
  // With nothing to read, its first pass is done at once; no host, no highlight names.
  await expect.poll(() => readyMarks(frame)).toBe(1);
  expect(await highlightedTexts(frame)).toEqual([]);

  await frame.evaluate(() => {
    const text = document.createElement('p');
    text.textContent = 'Sponsored: support for families facing neuroblastoma.';
    document.body.append(text);
  });
  await expect.poll(() => highlightedTexts(frame)).toEqual(['neuroblastoma']);
  expect(await readyMarks(frame)).toBe(1);
  await expect(ad.locator('p')).toHaveText(/neuroblastoma/);
  expect(pageErrors).toEqual([]);
});

test('a frame from another site loads the explainer once its first look finds words, and its card on hover', async ({
  openFixture,
  server,
  pageErrors,
}) => {
  const page = await openFixture('frame.html');
  // Another host name for the same server: another site, so Chromium gives the frame its own process.
  const otherSite = server.origin.replace('127.0.0.1', 'localhost');
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.id = 'other-site';
    frame.src = src;
    document.body.append(frame);
  }, `${otherSite}/frame-report.html`);
  const frame = await (await page.locator('#other-site').elementHandle())?.contentFrame();
  if (!frame) throw new Error("The other site's frame should be on the page");
  await expect.poll(() => highlightedTexts(frame)).toEqual(['MYCN amplification', 'primary tumour']);
  expect(await readyMarks(frame)).toBe(1);

  await hoverTerm(page, 'MYCN amplification', { frame });
  // The card's host: a plain element appended to <html>, its shadow root closed (null to the page).
  await expect
    .poll(() =>
      frame.evaluate(() => {
        const host = document.documentElement.lastElementChild;
        return host !== null && host !== document.body && host.shadowRoot === null;
      }),
    )
    .toBe(true);
  expect(await hostCount(page)).toBe(0);
  expect(pageErrors).toEqual([]);
});
