/**
 * What these tests prove about keyboard commands on a page with frames
 * (tests/fixtures/frame-focus.html). Each test sends what the background
 * sends when a command fires (runCommand in content-service-worker.ts):
 * - with the focus inside a same-origin frame, "next-term" and
 *   "explain-selection" run in that frame: its term gets the focus mark and
 *   its card opens there, while the top page stays as it was;
 * - with the focus back in the top page, the top page runs the command;
 * - with the focus in a frame no content script runs in, the top frame runs it.
 */
import type { Frame, Page } from '@playwright/test';
import { highlightedTexts, readyMarks } from '../contract/page-contract';
import { cardOf, entry, hostCount, inCardHost } from './content-helpers';
import { makeOnlyTab, runCommand } from './content-service-worker';
import { expect, test } from './fixtures';

async function openPortal(openFixture: (path: string) => Promise<Page>): Promise<{ page: Page; report: Frame }> {
  const page = await openFixture('frame-focus.html');
  const report = page.frame({ url: /frame-report\.html$/ });
  if (!report) throw new Error('frame-focus.html should hold the report frame');
  await expect.poll(() => readyMarks(report)).toBe(1);
  return { page, report };
}

test('runs "next-term" in the frame that has the focus and opens the card there', async ({
  openFixture,
  context,
  serviceWorker,
  pageErrors,
}) => {
  const { page, report } = await openPortal(openFixture);
  await makeOnlyTab(context, page);
  await page.frameLocator('#report').locator('h2').click();

  expect(await runCommand(serviceWorker, 'next-term')).toBe('focused frame');

  await expect.poll(() => highlightedTexts(report, 'medterm-focus')).toEqual(['MYCN amplification']);
  const card = cardOf(page.frameLocator('#report'));
  await expect(card.locator('.term-card__term')).toHaveText(entry('mycn-amplification').term);
  expect(await highlightedTexts(page, 'medterm-focus')).toEqual([]);
  expect(await hostCount(page)).toBe(0);

  // The focus back in the top page: the command is the top page's again.
  await page.locator('#top').click();
  expect(await runCommand(serviceWorker, 'next-term')).toBe('focused frame');
  await expect.poll(() => highlightedTexts(page, 'medterm-focus')).toEqual(['neuroblastoma']);
  await expect(cardOf(page).locator('.term-card__term')).toHaveText(entry('neuroblastoma').term);
  expect(pageErrors).toEqual([]);
});

test('explains the words selected inside a frame, in that frame', async ({
  openFixture,
  context,
  serviceWorker,
  pageErrors,
}) => {
  const { page, report } = await openPortal(openFixture);
  await makeOnlyTab(context, page);
  await page.frameLocator('#report').locator('h2').click();
  await report.evaluate(() => {
    const finding = document.getElementById('finding');
    const start = finding?.querySelector('i')?.firstChild;
    const end = finding?.lastChild;
    if (!start || !end) throw new Error('The finding paragraph has changed');
    // "MYCN" in its <i> through " amplification" in the text after it.
    getSelection()?.setBaseAndExtent(start, 0, end, ' amplification'.length);
  });
  expect(await report.evaluate(() => getSelection()?.toString())).toBe('MYCN amplification');

  expect(await runCommand(serviceWorker, 'explain-selection')).toBe('focused frame');

  const mycn = entry('mycn-amplification');
  const frame = page.frameLocator('#report');
  await expect(cardOf(frame).locator('.term-card__term')).toHaveText(mycn.term);
  await expect(inCardHost(frame, '[role="status"]')).toHaveText(`${mycn.term}: ${mycn.definition}`);
  await expect(cardOf(page)).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('falls back to the top frame when the focus is in a frame without the content script', async ({
  openFixture,
  context,
  serviceWorker,
  pageErrors,
}) => {
  const { page, report } = await openPortal(openFixture);
  await makeOnlyTab(context, page);
  await page.frameLocator('#notes').locator('#note').click();

  expect(await runCommand(serviceWorker, 'next-term')).toBe('top frame');

  await expect.poll(() => highlightedTexts(page, 'medterm-focus')).toEqual(['neuroblastoma']);
  expect(await highlightedTexts(report, 'medterm-focus')).toEqual([]);
  expect(pageErrors).toEqual([]);
});
