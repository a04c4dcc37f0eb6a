/**
 * Trust: pages keep working. A real Preact app (tests/fixtures/trust-churn.html,
 * Preact's own modules served from 127.0.0.1) re-renders every 50 ms for
 * three seconds while the extension runs: text edited in place, keyed and
 * unkeyed lists, a section that comes and goes, an element whose type flips,
 * and the terms shown change on every render. This proves:
 * - the app throws nothing (no page errors) and finishes every render;
 * - once it stops, the highlights follow the final text exactly: per element,
 *   the ranges' texts are the terms the final DOM holds, none elsewhere;
 * - no range is left on a node that has left the page (every medterm range's
 *   start and end containers are connected, read from the page's world);
 * - there is no feedback loop: during the churn the extension's scripts take
 *   main-thread CPU time under 20% of the wall time (the outermost
 *   FunctionCall events of the extension's scripts in a Chromium trace).
 */

import { readyMarks } from '../contract/page-contract';
import { rangeHealth } from './content-helpers';
import { expect, test } from './fixtures';
import { termsPerBlock, traceExtensionScripts } from './trust-helpers';

/** 60 renders, 50 ms apart: three seconds of churn. */
const TICKS = 60;
const MAX_SHARE = 0.2;

test('keeps a Preact app working and its highlights exact while it re-renders every 50 ms', async ({
  openFixture,
  extensionId,
  pageErrors,
}) => {
  const page = await openFixture('trust-churn.html');
  const initial = await termsPerBlock(page);
  expect(initial.actual).toEqual(initial.expected);

  const scripts = await traceExtensionScripts(page, extensionId, async () => {
    await page.evaluate((ticks) => window.churn.start(ticks), TICKS);
    await page.waitForFunction(() => window.churn.done, null, { timeout: 20_000 });
  });
  const churn = await page.evaluate(() => {
    const { ticks, startedAt, endedAt } = window.churn;
    return { ticks, wallMs: endedAt - startedAt };
  });
  expect(churn.ticks).toBe(TICKS);
  const busyMs = scripts.cpuMs;
  test.info().annotations.push({
    type: 'extension share of the main thread',
    description: `${busyMs.toFixed(1)} ms of ${churn.wallMs.toFixed(0)} ms`,
  });
  expect(busyMs, `extension scripts took ${busyMs.toFixed(1)} ms of CPU in ${churn.wallMs.toFixed(0)} ms`).toBeLessThan(
    churn.wallMs * MAX_SHARE,
  );

  // The highlights catch up with the final render and then say exactly what it says.
  const { expected } = await termsPerBlock(page);
  await expect.poll(async () => (await termsPerBlock(page)).actual).toEqual(expected);
  const final = await termsPerBlock(page);
  expect(final.expected).toEqual(expected);
  expect(final.stray).toEqual([]);
  final.expected.forEach((terms, index) => {
    for (const term of terms) expect(final.texts[index], 'data-terms agrees with the text').toContain(term);
  });
  const total = final.expected.flat().length;
  expect(total).toBeGreaterThan(8);
  expect(await rangeHealth(page)).toEqual({ total, detached: 0 });
  expect(await readyMarks(page)).toBe(1);
  expect(pageErrors).toEqual([]);
});
