/**
 * What this test proves (tests/fixtures/late-upgrade.html, also run in
 * Firefox by tests/firefox/smoke.test.ts): a custom element the page defines
 * only after the first pass, so that its shadow root is attached after it,
 * is read and its terms are underlined on screen.
 */
import { termBox, termsByTree } from './content-helpers';
import { expect, test } from './fixtures';
import { paintedPixels } from './painted';

test('reads a custom element the page defines after the first pass', async ({ openFixture, pageErrors }) => {
  const page = await openFixture('late-upgrade.html');
  await page.waitForFunction(() => (window as unknown as { lateUpgrade: { defined: boolean } }).lateUpgrade.defined);
  await expect.poll(() => termsByTree(page)).toEqual({ document: ['neuroblastoma'], 'lab-panel': ['ferritin levels'] });
  expect(await paintedPixels(page, await termBox(page, 'ferritin levels'))).toBeGreaterThan(0);
  expect(pageErrors).toEqual([]);
});
