/**
 * What this test proves on a page whose CSS fights everything
 * (tests/fixtures/hostile.html: `* { all: unset !important }`, !important
 * everywhere, huge z-indexes, a tiny root font size, a fixed full-screen
 * overlay and a fixed banner at z-index 2147483647):
 * - the terms are still highlighted and the card still opens on hover;
 * - the card is visible, whole inside the viewport, a sensible size, and on
 *   top: document.elementFromPoint at its centre and near its corners (from
 *   the page's world) resolves to the extension's host;
 * - its text is readable: the definition's colour differs from the card's
 *   background with a contrast ratio of at least 4.5:1, at a legible size.
 */

import { highlightedTexts, readyMarks } from '../contract/page-contract';
import { cardOf, entry, hoverTerm } from './content-helpers';
import { expect, test } from './fixtures';

test('renders a readable card on top of a page with hostile CSS', async ({ openFixture, pageErrors }) => {
  const page = await openFixture('hostile.html');
  expect(await highlightedTexts(page)).toEqual(['neuroblastoma', 'chemotherapy', 'immunotherapy', 'fever']);
  expect(await readyMarks(page)).toBe(1);

  await hoverTerm(page, 'neuroblastoma');
  const card = cardOf(page);
  await expect(card).toBeVisible();
  await expect(card.locator('.term-card__definition')).toHaveText(entry('neuroblastoma').definition);
  // Let the fade-in finish before judging what is on top.
  await expect(card.locator('xpath=ancestor::div[contains(@class, "tippy-box")]')).toHaveCSS('opacity', '1');

  const seen = await page.evaluate(async () => {
    await window.__testRevealClosedRoots?.();
    const root = [...(window.__testClosedRoots ?? [])].find((shadow) => shadow.host.isConnected);
    const host = root?.host;
    const cardElement = root?.querySelector<HTMLElement>('.term-card');
    const definition = root?.querySelector<HTMLElement>('.term-card__definition');
    if (!host || !cardElement || !definition) throw new Error('The card is not in the host');
    const rect = cardElement.getBoundingClientRect();
    const probes = [
      [rect.left + rect.width / 2, rect.top + rect.height / 2],
      [rect.left + 6, rect.top + 6],
      [rect.right - 6, rect.top + 6],
      [rect.left + 6, rect.bottom - 6],
      [rect.right - 6, rect.bottom - 6],
    ];
    const onTop = probes.map(([x = 0, y = 0]) => document.elementFromPoint(x, y) === host);

    const rgba = (value: string) => {
      const parts = value.match(/[\d.]+/g)?.map(Number) ?? [];
      return { r: parts[0] ?? 0, g: parts[1] ?? 0, b: parts[2] ?? 0, a: parts[3] ?? 1 };
    };
    // The first opaque background at or above the definition, inside the card's shadow tree.
    let background = 'rgba(0, 0, 0, 0)';
    for (let element: Element | null = definition; element; element = element.parentElement) {
      const value = getComputedStyle(element).backgroundColor;
      if (rgba(value).a > 0.9) {
        background = value;
        break;
      }
    }
    const luminance = (value: string) => {
      const { r, g, b } = rgba(value);
      const linear = (channel: number) => {
        const c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const style = getComputedStyle(definition);
    const [light, dark] = [luminance(style.color), luminance(background)].sort((a, b) => b - a);
    return {
      onTop,
      rect: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, width: rect.width },
      viewport: { width: innerWidth, height: innerHeight },
      color: style.color,
      background,
      contrast: ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05),
      fontSize: Number.parseFloat(style.fontSize),
      visibility: style.visibility,
      opacity: Number(getComputedStyle(cardElement.closest('.tippy-box') ?? cardElement).opacity),
    };
  });

  expect(seen.onTop).toEqual([true, true, true, true, true]);
  expect(seen.rect.left).toBeGreaterThanOrEqual(0);
  expect(seen.rect.top).toBeGreaterThanOrEqual(0);
  expect(seen.rect.right).toBeLessThanOrEqual(seen.viewport.width);
  expect(seen.rect.bottom).toBeLessThanOrEqual(seen.viewport.height);
  expect(seen.rect.width).toBeGreaterThanOrEqual(200);
  expect(seen.rect.width).toBeLessThanOrEqual(400);
  expect(seen.visibility).toBe('visible');
  expect(seen.opacity).toBe(1);
  expect(seen.color).not.toBe(seen.background);
  expect(seen.contrast).toBeGreaterThanOrEqual(4.5);
  expect(seen.fontSize).toBeGreaterThanOrEqual(12);
  expect(seen.fontSize).toBeLessThanOrEqual(24);
  expect(pageErrors).toEqual([]);
});
