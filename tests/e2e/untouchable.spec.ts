/**
 * What these tests prove: a page cannot act on the extension.
 * - Synthetic pointer, touch and selection events aimed at a term open no
 *   card; the reader's own hover does (only then does the host arrive).
 * - With a card open, the page cannot reach into it (closed shadow root):
 *   what it writes into the host shows nowhere, and the card still says what
 *   the glossary says. A synthetic Escape does not close it; the reader's does.
 * - Scripted clicks on the card open no tab; the reader's click on its
 *   overview link opens exactly one.
 * - WXT's "script started" event, forged with the extension's public id,
 *   does not stop the content script: text added afterwards is still marked.
 * - A page that defines a custom element named like the old host first
 *   changes nothing.
 * - A page pushing a new address every 5 ms for five seconds keeps the
 *   extension's scripts under the churn budget (rescans are rate-limited)
 *   and its highlights as they were.
 */
import { highlightedTexts } from '../contract/page-contract';
import { cardOf, entry, hoverTerm, termBox } from './content-helpers';
import { expect, test } from './fixtures';
import { traceExtensionScripts } from './trust-helpers';

/** The share of the main thread the extension may take while a page churns (as in trust-churn.spec.ts). */
const MAX_CHURN_SHARE = 0.2;

test('synthetic events open no card; the reader’s hover does', async ({ openFixture }) => {
  const page = await openFixture('tracker.html');
  const target = await termBox(page, 'induction chemotherapy');
  const hostArrivals = await page.evaluateHandle(() => {
    const arrivals: number[] = [];
    new MutationObserver(() => {
      if (document.documentElement.children.length > 2) arrivals.push(performance.now());
    }).observe(document.documentElement, { childList: true });
    return arrivals;
  });
  await page.evaluate(
    ({ x, y }) => {
      const element = document.elementFromPoint(x, y) ?? document.body;
      const at = { clientX: x, clientY: y, bubbles: true, composed: true };
      element.dispatchEvent(new PointerEvent('pointermove', { ...at, pointerType: 'mouse' }));
      element.dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerType: 'touch', pointerId: 7 }));
      element.dispatchEvent(new PointerEvent('pointerup', { ...at, pointerType: 'touch', pointerId: 7 }));
      const word = document.createRange();
      const text = document.querySelector('#first')?.lastChild;
      if (text) word.selectNodeContents(text);
      document.getSelection()?.addRange(word);
      element.dispatchEvent(new MouseEvent('mouseup', at));
      element.dispatchEvent(new MouseEvent('dblclick', at));
    },
    { x: target.x + target.width / 2, y: target.y + target.height / 2 },
  );
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  const realMoveAt = await page.evaluate(() => performance.now());

  await hoverTerm(page, 'isotretinoin');
  await expect(cardOf(page).locator('.term-card__term')).toHaveText('isotretinoin');
  const arrivals = await hostArrivals.jsonValue();
  expect(arrivals.length).toBe(1);
  expect(arrivals[0]).toBeGreaterThan(realMoveAt);
});

test('a page can neither read nor rewrite the open card, nor close it with a synthetic Escape', async ({
  openFixture,
}) => {
  const page = await openFixture('tracker.html');
  await hoverTerm(page, 'isotretinoin');
  const card = cardOf(page);
  await expect(card).toBeVisible();

  const reach = await page.evaluate(() => {
    const host = document.documentElement.lastElementChild;
    if (!host) throw new Error('No host');
    let attached = true;
    try {
      host.attachShadow({ mode: 'open' });
    } catch {
      attached = false;
    }
    host.innerHTML = '<p id="forged">Stop all treatment at once.</p>';
    for (const target of [document, window, host]) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    }
    return { shadowRoot: host.shadowRoot, attached };
  });
  expect(reach).toEqual({ shadowRoot: null, attached: false });
  await expect(page.locator('#forged')).toBeHidden();
  await expect(card.locator('.term-card__definition')).toHaveText(entry('isotretinoin').definition);
  await expect(card.locator('xpath=ancestor::div[contains(@class, "tippy-box")]')).toHaveAttribute(
    'data-state',
    'visible',
  );

  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

test('scripted clicks on the card open no tab; the reader’s click opens one', async ({ context, openFixture }) => {
  const page = await openFixture('tracker.html');
  await hoverTerm(page, 'isotretinoin');
  const link = cardOf(page).getByRole('button', { name: /overview/i });
  await expect(link).toBeVisible();
  const tabsBefore = context.pages().length;
  const box = await link.boundingBox();
  if (!box) throw new Error('The overview link is not on screen');
  await page.evaluate(
    ({ x, y }) => {
      const host = document.documentElement.lastElementChild as HTMLElement;
      for (let index = 0; index < 4; index++) {
        host.click();
        (document.elementFromPoint(x, y) as HTMLElement | null)?.click();
      }
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );

  const opened = context.waitForEvent('page');
  await link.click();
  await opened;
  expect(context.pages().length).toBe(tabsBefore + 1);
});

test('a forged "script started" event does not stop the content script', async ({ extensionId, openFixture }) => {
  const page = await openFixture('tracker.html');
  await page.evaluate((id) => {
    const detail = { contentScriptName: 'content', messageId: 'forged' };
    for (const name of [`${id}:content:wxt:content-script-started`, 'wxt:content-script-started']) {
      document.dispatchEvent(new CustomEvent(name, { detail }));
      window.dispatchEvent(new CustomEvent(name, { detail }));
      window.postMessage({ type: name, ...detail }, '*');
    }
    const added = document.createElement('p');
    added.textContent = 'A new MIBG scan was booked for March.';
    document.querySelector('article')?.append(added);
  }, extensionId);
  await expect.poll(() => highlightedTexts(page)).toContain('MIBG scan');
});

test('a page that defines a custom element named like the old host changes nothing', async ({ context, server }) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    customElements.define(
      'medterm-explainer',
      class extends HTMLElement {
        constructor() {
          super();
          throw new Error('blocked');
        }
      },
    );
  });
  await page.goto(`${server.origin}/tracker.html`);
  await page.waitForFunction(() => performance.getEntriesByName('medterm:ready').length === 1);
  await hoverTerm(page, 'isotretinoin');
  await expect(cardOf(page).locator('.term-card__term')).toHaveText('isotretinoin');
});

test('a page calling history.pushState in a loop costs the extension little and stops nothing', async ({
  extensionId,
  openFixture,
}) => {
  const page = await openFixture('article.html');
  const before = await highlightedTexts(page);
  const wall = { start: 0, end: 0 };
  const scripts = await traceExtensionScripts(page, extensionId, async () => {
    wall.start = await page.evaluate(() => performance.now());
    // Five seconds of a new address every 5 ms: each would be a single-page app navigation.
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          let count = 0;
          const timer = setInterval(() => {
            history.pushState({}, '', `?view=${++count}`);
            if (count === 1_000) {
              clearInterval(timer);
              done();
            }
          }, 5);
        }),
    );
    wall.end = await page.evaluate(() => performance.now());
  });
  const wallMs = wall.end - wall.start;
  test.info().annotations.push({
    type: 'extension CPU during the loop',
    description: `${scripts.cpuMs.toFixed(1)} ms of ${wallMs.toFixed(0)} ms`,
  });
  expect(scripts.cpuMs).toBeLessThan(wallMs * MAX_CHURN_SHARE);
  await expect.poll(() => highlightedTexts(page)).toEqual(before);
});
