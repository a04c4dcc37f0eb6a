/**
 * Whether a highlight is painted, judged from screenshots as a reader would
 * see it: registering a range proves nothing if no rule paints its name (the
 * rules reach the page in a sheet page scripts cannot read, so they cannot
 * be inspected either). The test build's highlights are taken out of the
 * registry for a moment, and the two screenshots of the term compared. The
 * screenshots are decoded in a blank page of the same browser (no image
 * library in the tests).
 */
import type { Page } from '@playwright/test';
import { changedPixels } from '../contract/changed-pixels';
import type { Box } from '../contract/page-contract';

/** Screenshots (PNG, base64) of `box` and the 4 px under it, where underlines fall: with the highlights, then without. */
export async function markedAndPlain(page: Page, box: Box): Promise<[string, string]> {
  const clip = { x: Math.max(0, box.x), y: Math.max(0, box.y), width: Math.max(1, box.width), height: box.height + 4 };
  const marked = (await page.screenshot({ clip })).toString('base64');
  await page.evaluate(() => {
    const taken = [...CSS.highlights].filter(([name]) => name.startsWith('medterm'));
    for (const [name] of taken) CSS.highlights.delete(name);
    window.__testTakenHighlights = taken;
  });
  const plain = (await page.screenshot({ clip })).toString('base64');
  await page.evaluate(() => {
    for (const [name, highlight] of window.__testTakenHighlights ?? []) CSS.highlights.set(name, highlight);
  });
  return [marked, plain];
}

/** How many pixels of `box` (and the 4 px under it) the extension's highlights change. */
export async function paintedPixels(page: Page, box: Box): Promise<number> {
  const shots = await markedAndPlain(page, box);
  const decoder = await page.context().newPage();
  try {
    return await decoder.evaluate(changedPixels, shots);
  } finally {
    await decoder.close();
  }
}
