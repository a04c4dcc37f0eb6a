/**
 * What these tests prove about turning the extension off and on while pages
 * are open (settings written from the service worker, as the popup does):
 * - turning the site off removes every medterm highlight from CSS.highlights
 *   (top page, shadow roots and frames), so nothing is underlined any more,
 *   and the extension's host with its open card, without a reload;
 * - turning it back on restores the same highlights, and cards open again,
 *   still with a single "medterm:ready" mark;
 * - pausing the extension everywhere does the same.
 */
import { highlightedTexts, highlightNames, readyMarks } from '../contract/page-contract';
import { cardOf, hostCount, hoverTerm, termBox, termsByTree } from './content-helpers';
import { DEFAULTS, writeSettings } from './content-service-worker';
import { expect, test } from './fixtures';
import { paintedPixels } from './painted';

test('removes every highlight and its host when the site is turned off, and restores them when it is back on', async ({
  openFixture,
  serviceWorker,
  pageErrors,
}) => {
  const shadow = await openFixture('shadow.html');
  await shadow.waitForFunction(() => window.shadowDemo.settled);
  await expect.poll(async () => (await termsByTree(shadow))['care-card']).toContain('MRI scan');
  const framed = await openFixture('frame.html');
  const report = framed.frame({ url: /frame-report\.html$/ });
  if (!report) throw new Error('frame.html should hold the report frame');
  await expect.poll(() => readyMarks(report)).toBe(1);

  const before = {
    shadow: await termsByTree(shadow),
    top: await highlightedTexts(framed),
    report: await highlightedTexts(report),
  };
  expect(before.shadow.document).toEqual(['neuroblastoma', 'bone marrow']);
  expect(before.report).toEqual(['MYCN amplification', 'primary tumour']);
  await shadow.bringToFront();
  await hoverTerm(shadow, 'neuroblastoma');
  await expect(cardOf(shadow)).toBeVisible();
  // The term inside the care-card's shadow root is underlined on screen.
  const inShadow = await termBox(shadow, 'MRI scan');
  expect(await paintedPixels(shadow, inShadow)).toBeGreaterThan(0);

  await writeSettings(serviceWorker, { ...DEFAULTS, disabledSites: ['127.0.0.1'] });

  await expect.poll(() => highlightNames(shadow)).toEqual([]);
  await expect.poll(() => hostCount(shadow)).toBe(0);
  await expect.poll(() => paintedPixels(shadow, inShadow)).toBe(0);
  await expect.poll(() => highlightNames(framed)).toEqual([]);
  await expect.poll(() => highlightNames(report)).toEqual([]);

  await writeSettings(serviceWorker, DEFAULTS);

  // Every tree highlighted before is highlighted exactly as before (a fresh pass may find more roots).
  await expect.poll(() => termsByTree(shadow)).toMatchObject(before.shadow);
  await expect.poll(() => highlightedTexts(framed)).toEqual(before.top);
  await expect.poll(() => highlightedTexts(report)).toEqual(before.report);
  await expect.poll(async () => paintedPixels(shadow, await termBox(shadow, 'MRI scan'))).toBeGreaterThan(0);
  await hoverTerm(shadow, 'immunotherapy');
  await expect(cardOf(shadow).locator('.term-card__term')).toHaveText('immunotherapy');
  expect(await hostCount(shadow)).toBe(1);
  expect(await readyMarks(shadow)).toBe(1);
  expect(pageErrors).toEqual([]);
});

test('removes every highlight while the extension is paused and restores them when it resumes', async ({
  openFixture,
  serviceWorker,
  pageErrors,
}) => {
  const page = await openFixture('article.html');
  const before = await highlightedTexts(page);
  expect(before.length).toBeGreaterThan(40);

  await writeSettings(serviceWorker, { ...DEFAULTS, enabled: false });
  await expect.poll(() => highlightNames(page)).toEqual([]);

  await writeSettings(serviceWorker, DEFAULTS);
  await expect.poll(() => highlightedTexts(page)).toEqual(before);
  expect(await highlightNames(page)).toEqual(['medterm-dotted', 'medterm-dotted-quiet']);
  expect(await readyMarks(page)).toBe(1);
  expect(pageErrors).toEqual([]);
});
