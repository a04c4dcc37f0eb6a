/**
 * What these tests prove on a touch screen (a Chromium context with touch):
 * - a tapped term's card stays open after the finger lifts (the pointerleave
 *   Chromium fires on <html> after every tap does not start the hover-out
 *   timer), until the reader taps elsewhere;
 * - tapping a linked term explains it first and does not follow the link;
 *   tapping it again, with its card open, follows the link;
 * - the card's pin and close buttons are at least 44 px tall and wide.
 */
import { launchWithExtension } from '../../scripts/chromium';
import { exposeClosedRoots, registerClosedRootEngine } from './closed-roots';
import { cardOf, pageClockPasses, termBox } from './content-helpers';
import { expect, test, waitForReady } from './fixtures';

const MIN_TARGET_PX = 44;

test('a tapped card stays, a tapped link is followed only on the second tap, targets fit a finger', async ({
  server,
}) => {
  await registerClosedRootEngine();
  const { context, close } = await launchWithExtension({ touch: true });
  await exposeClosedRoots(context);
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/article.html`);
    await waitForReady(page);

    const term = await termBox(page, 'MYCN amplification', 1);
    await page.touchscreen.tap(term.x + term.width / 2, term.y + term.height / 2);
    const card = cardOf(page);
    await expect(card.locator('.term-card__term')).toHaveText('MYCN amplification');
    const tappedAt = await page.evaluate(() => performance.now());
    await pageClockPasses(page, tappedAt, 1_500);
    await expect(card).toBeVisible();

    for (const name of ['Pin this card open', 'Close']) {
      const box = await card.getByRole('button', { name }).boundingBox();
      expect(box?.width, name).toBeGreaterThanOrEqual(MIN_TARGET_PX);
      expect(box?.height, name).toBeGreaterThanOrEqual(MIN_TARGET_PX);
    }

    // "neuroblastoma" in the keywords is a link to #k1.
    const linked = await termBox(page, 'neuroblastoma');
    await page.touchscreen.tap(linked.x + linked.width / 2, linked.y + linked.height / 2);
    await expect(card.locator('.term-card__term')).toHaveText('neuroblastoma');
    expect(new URL(page.url()).hash).toBe('');
    await page.touchscreen.tap(linked.x + linked.width / 2, linked.y + linked.height / 2);
    await expect.poll(() => new URL(page.url()).hash).toBe('#k1');
  } finally {
    await close();
  }
});
