/**
 * What these tests prove about reading comfort:
 * - the card and the popup follow the reader's default font size (set to
 *   24 px here, as in the browser's settings): their text grows with it;
 * - printed pages carry no marks: under print media the highlights change
 *   no pixel of the page.
 */
import { launchWithExtension } from '../../scripts/chromium';
import { exposeClosedRoots, registerClosedRootEngine } from './closed-roots';
import { cardOf, hoverTerm, termBox } from './content-helpers';
import { expect, test, waitForReady } from './fixtures';
import { paintedPixels } from './painted';

const READER_DEFAULT_PX = 24;

test('the card and the popup follow the reader’s default font size', async ({ server }) => {
  await registerClosedRootEngine();
  const { context, extensionId, close } = await launchWithExtension({ defaultFontSize: READER_DEFAULT_PX });
  await exposeClosedRoots(context);
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/article.html`);
    await waitForReady(page);
    await hoverTerm(page, 'MYCN amplification', { nth: 1 });
    const definition = cardOf(page).locator('.term-card__definition');
    await expect(definition).toBeVisible();
    const cardPx = await definition.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(cardPx).toBeGreaterThanOrEqual(READER_DEFAULT_PX * 0.9);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const bodyPx = await popup.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
    expect(bodyPx).toBeGreaterThanOrEqual(READER_DEFAULT_PX * 0.9);
  } finally {
    await close();
  }
});

test('prints the page without marks', async ({ openFixture }) => {
  const page = await openFixture('article.html');
  const term = await termBox(page, 'MYCN amplification');
  expect(await paintedPixels(page, term)).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'print' });
  expect(await paintedPixels(page, await termBox(page, 'MYCN amplification'))).toBe(0);
});
