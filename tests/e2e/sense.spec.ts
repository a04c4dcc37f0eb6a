/**
 * What this test proves, through the page-world contract only (highlights in
 * CSS.highlights under names starting with "medterm", and "medterm:ready"):
 * on a corpus of real public pages (tests/fixtures/sense, expectations.json
 * beside them), terms are marked in the sense the glossary explains:
 * - no page highlights a text listed in its mustNotMark (kidney beans, CBC
 *   News, a limp handshake, NED the Netherlands…);
 * - everyday pages carry at most 0.5 marks per 1,000 words;
 * - pages about other conditions mark at least 90 % of their wanted terms,
 *   neuroblastoma pages at least 95 % (a term counts once if any occurrence
 *   is marked).
 * It prints a per-group table of these figures and the failing pages.
 */

import { highlightedTexts } from '../contract/page-contract';
import { expect, test, waitForReady } from './fixtures';
import {
  corpusPages,
  failingPages,
  failures,
  loadExpectations,
  type PageFigures,
  pageFigures,
  summaryTable,
} from './sense-figures';

const expectations = loadExpectations();

test('the sense corpus lists every fixture page once, in the folder of its group, with wanted terms off everyday pages', () => {
  expect(Object.keys(expectations).sort()).toEqual(corpusPages());
  for (const [path, expected] of Object.entries(expectations)) {
    expect(path.startsWith(`${expected.group}/`), path).toBe(true);
    if (expected.group === 'everyday') expect(expected.wanted, path).toBeUndefined();
    else expect(expected.wanted, path).toBeDefined();
  }
});

test('marks each page of the sense corpus in the right sense only', async ({ context, server }) => {
  // The 2 cores may be shared with other builds, which slows every page load several times over.
  test.setTimeout(300_000);
  const page = await context.newPage();
  const measured: PageFigures[] = [];
  for (const [path, expected] of Object.entries(expectations)) {
    await page.goto(`${server.origin}/sense/${path}`);
    await waitForReady(page);
    const marked = await highlightedTexts(page);
    const words = await page.evaluate(() => (document.body.textContent ?? '').split(/\s+/).filter(Boolean).length);
    measured.push(pageFigures(path, expected, marked, words));
  }
  console.log(`Sense corpus, current build:\n${summaryTable(measured)}\n\nFailing pages:\n${failingPages(measured)}`);
  for (const figures of measured) expect.soft(failures(figures), figures.path).toEqual([]);
});
