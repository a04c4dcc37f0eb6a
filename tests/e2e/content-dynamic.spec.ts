/**
 * What these tests prove on a fake patient portal (tests/fixtures/portal.html)
 * that keeps changing after load, read through CSS.highlights only:
 * - after four re-renders of its results list and two in-place text edits,
 *   the highlights are exactly the terms now on the page (none left over from
 *   earlier renders, none over detached text), with one "medterm:ready" mark;
 * - a message inserted after a click is highlighted;
 * - a tab panel that leaves the page and comes back (the same nodes) is
 *   highlighted again;
 * - a 2,500-row history rendered in one go (past the content script's
 *   huge-batch limit) is highlighted, and replacing it leaves no ranges over
 *   the rows that left the page.
 */
import type { Page } from '@playwright/test';
import { highlightedTexts, highlightedTextsIn, readyMarks } from '../contract/page-contract';
import { rangeHealth, termsByTree } from './content-helpers';
import { expect, test } from './fixtures';

async function openPortal(openFixture: (path: string) => Promise<Page>): Promise<Page> {
  const page = await openFixture('portal.html');
  await page.waitForFunction(() => window.portal.renders === 4);
  return page;
}

const SETTLED_TERMS = [
  'Diagnosis',
  'high-risk neuroblastoma',
  'MRI scan',
  'Bone marrow biopsy',
  'neuroblastoma cells',
  'MIBG scan',
  'Ferritin',
  'induction chemotherapy',
  'surgery',
];

test('keeps only the terms now on the page while the portal re-renders its list and edits text in place', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openPortal(openFixture);

  await expect.poll(() => highlightedTexts(page)).toEqual(SETTLED_TERMS);
  // Edited in place: "Next: CT scan" became "Next: an MRI scan"; the old range is gone, the new one is exact.
  expect(await highlightedTextsIn(page, '#next')).toEqual(['MRI scan']);
  expect(await rangeHealth(page)).toEqual({ total: SETTLED_TERMS.length, detached: 0 });
  expect(await readyMarks(page)).toBe(1);
  expect(pageErrors).toEqual([]);
});

test('highlights a message the portal adds after a click', async ({ openFixture, pageErrors }) => {
  const page = await openPortal(openFixture);
  await expect.poll(() => highlightedTextsIn(page, '#message-list')).toEqual([]);

  await page.click('#show-message');

  await expect.poll(() => highlightedTextsIn(page, '#message-list')).toEqual(['MIBG scan', 'maintenance therapy']);
  await expect.poll(() => highlightedTexts(page)).toEqual([...SETTLED_TERMS, 'MIBG scan', 'maintenance therapy']);
  expect(await readyMarks(page)).toBe(1);
  expect(pageErrors).toEqual([]);
});

test('highlights a tab panel again when the same nodes come back into the page', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openPortal(openFixture);
  await expect.poll(() => highlightedTextsIn(page, '#tab-body')).toEqual(['induction chemotherapy', 'surgery']);

  await page.click('#tab-team');
  await expect.poll(() => highlightedTextsIn(page, '#tab-body')).toEqual(['pediatric oncologist']);

  await page.click('#tab-plan');
  await expect.poll(() => highlightedTextsIn(page, '#tab-body')).toEqual(['induction chemotherapy', 'surgery']);
  expect(await rangeHealth(page)).toEqual({ total: SETTLED_TERMS.length, detached: 0 });
  expect(pageErrors).toEqual([]);
});

test('highlights a 2,500-row history rendered at once and keeps no ranges over rows it replaces', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openPortal(openFixture);
  await expect.poll(() => highlightedTexts(page)).toEqual(SETTLED_TERMS);
  const rows = async () => {
    const { document: texts = [] } = await termsByTree(page);
    return texts.filter((text) => text === 'ferritin').length;
  };

  await page.click('#show-history');
  await page.waitForFunction(() => window.portal.historyRenders === 1);
  await expect.poll(rows).toBe(2500);
  expect(await rangeHealth(page)).toEqual({ total: SETTLED_TERMS.length + 2500, detached: 0 });

  await page.click('#show-history');
  await page.waitForFunction(() => window.portal.historyRenders === 2);
  await expect.poll(() => highlightedTextsIn(page, '#history-list li:last-child')).toEqual(['ferritin']);
  await expect.poll(() => rangeHealth(page)).toEqual({ total: SETTLED_TERMS.length + 2500, detached: 0 });
  expect(await readyMarks(page)).toBe(1);
  expect(pageErrors).toEqual([]);
});
