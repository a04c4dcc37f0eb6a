/**
 * Recall of the reader's marks: the terms the content script marks on a
 * paper's HTML are the expected ones; the reader's marks on the PDF printed
 * from it are read page by page (the reader keeps only a few pages rendered).
 * Terms compare by their letters: case, spaces, line breaks and hyphenation
 * hyphens aside ("Neuro\u00adblastoma" on the web, "Neurobla‐stoma" in the PDF).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { highlightedTexts, isReady, registeredRanges } from '../contract/page-contract';

/** How a term counts as the same on the web page and in the PDF. */
export function termKey(text: string): string {
  return text.toLowerCase().replace(/[\s\u00ad\u2010]/g, '');
}

function tally(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(termKey(text), (counts.get(termKey(text)) ?? 0) + 1);
  return counts;
}

/** The terms the content script marks on a web page, in reading order. */
export async function webTerms(context: BrowserContext, url: string): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(isReady, null, { timeout: 60_000 });
  const texts = await highlightedTexts(page);
  await page.close();
  return texts;
}

/** Every page's marks in an open reader, each page scrolled to and waited for in turn. */
export async function readerTerms(page: Page): Promise<string[]> {
  const count = await page.locator('.page').count();
  const texts: string[] = [];
  for (let number = 1; number <= count; number++) {
    const box = page.locator(`.page[data-page="${number}"]`);
    await box.scrollIntoViewIfNeeded();
    await box.and(page.locator('[data-marked]')).waitFor({ timeout: 30_000 });
    const ranges = await registeredRanges(page, { within: `.page[data-page="${number}"]`, outside: false });
    texts.push(...ranges.filter((range) => range.within === 0).map((range) => range.text));
  }
  return texts;
}

export interface Recall {
  readonly expected: number;
  readonly found: number;
  /** Share of the expected marks the reader has (each occurrence counts). */
  readonly recall: number;
  /** Expected terms the reader lacks, with how many are missing. */
  readonly missing: readonly [string, number][];
  /** Marks the reader has beyond the expected ones. */
  readonly extra: readonly [string, number][];
}

export function recallOf(expected: readonly string[], found: readonly string[]): Recall {
  const want = tally(expected);
  const have = tally(found);
  let hits = 0;
  const missing: [string, number][] = [];
  for (const [key, count] of want) {
    hits += Math.min(count, have.get(key) ?? 0);
    if ((have.get(key) ?? 0) < count) missing.push([key, count - (have.get(key) ?? 0)]);
  }
  const extra = [...have].flatMap(([key, count]): [string, number][] =>
    count > (want.get(key) ?? 0) ? [[key, count - (want.get(key) ?? 0)]] : [],
  );
  return {
    expected: expected.length,
    found: found.length,
    recall: hits / Math.max(1, expected.length),
    missing,
    extra,
  };
}
