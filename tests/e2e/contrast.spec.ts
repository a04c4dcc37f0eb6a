/**
 * What these tests prove: on light, dark and coloured pages, the underlines
 * under terms and the card's edge keep a contrast of at least 3:1 with the
 * background next to them (WCAG 2.2 non-text contrast, 1.4.11), measured
 * from screenshots' pixels (contrast-measure.ts), never from CSS values; the
 * card in light and in dark mode.
 */
import type { Page } from '@playwright/test';
import { cardOf, hoverTerm, inCardHost, termBox } from './content-helpers';
import { DEFAULTS, writeSettings } from './content-service-worker';
import { decode, edgeContrasts, underlineContrasts } from './contrast-measure';
import { expect, test } from './fixtures';

const MIN_CONTRAST = 3;
const TERM = 'neuroblastoma';

/** Pages' own colours, background and text (each pair itself at least 4.5:1). */
const PAGES = [
  { name: 'white', background: '#ffffff', text: '#1d1d1d' },
  { name: 'near-black', background: '#121212', text: '#e6e6e6' },
  { name: 'saturated blue', background: '#0b3d91', text: '#ffffff' },
  { name: 'saturated green', background: '#1f9d48', text: '#04160a' },
  { name: 'pale yellow', background: '#fff3b0', text: '#2b2100' },
] as const;

type Colours = (typeof PAGES)[number];

async function openColoured(openFixture: (path: string) => Promise<Page>, colours: Colours): Promise<Page> {
  const page = await openFixture('contrast.html');
  await page.evaluate(({ background, text }) => {
    document.documentElement.style.setProperty('--bg', background);
    document.documentElement.style.setProperty('--fg', text);
  }, colours);
  return page;
}

function median(values: readonly number[]): number {
  return values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

/** The contrasts along the open card's edge, from a screenshot of it and the page around it. */
async function cardEdgeContrasts(page: Page): Promise<number[]> {
  const frame = inCardHost(page, '.tippy-box');
  await expect(frame).toHaveAttribute('data-state', 'visible');
  const card = await frame.boundingBox();
  if (!card) throw new Error('The card has no box');
  const margin = 12;
  const clip = {
    x: Math.max(0, Math.floor(card.x) - margin),
    y: Math.max(0, Math.floor(card.y) - margin),
    width: Math.ceil(card.width) + 2 * margin,
    height: Math.ceil(card.height) + 2 * margin,
  };
  const screenshot = (await page.screenshot({ clip, animations: 'disabled' })).toString('base64');
  const [shot] = await decode(page, [screenshot]);
  if (!shot) throw new Error('The screenshot did not decode');
  return edgeContrasts(shot, clip, card);
}

// One browser per page colour: the underline styles, then the card in light and dark mode.
for (const colours of PAGES) {
  test(`underlines and the card's edge keep 3:1 on a ${colours.name} page`, async ({ openFixture, serviceWorker }) => {
    const page = await openColoured(openFixture, colours);
    for (const highlightStyle of ['dotted', 'solid'] as const) {
      await writeSettings(serviceWorker, { ...DEFAULTS, highlightStyle });
      await expect
        .poll(() => page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, `medterm-${highlightStyle}`))
        .toBeGreaterThan(0);
      const term = await termBox(page, TERM);
      const contrasts = await underlineContrasts(page, term);
      // Most of the line's pixels, and enough of them to run under half the word at least (dots leave gaps).
      expect(median(contrasts), `${highlightStyle} line`).toBeGreaterThanOrEqual(MIN_CONTRAST);
      const strong = contrasts.filter((contrast) => contrast >= MIN_CONTRAST).length;
      expect(strong, `${highlightStyle} pixels at 3:1`).toBeGreaterThanOrEqual(term.width / 2);
    }

    await hoverTerm(page, TERM);
    await expect(cardOf(page)).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const contrasts = await cardEdgeContrasts(page);
      expect(contrasts.length).toBeGreaterThan(100);
      expect(Math.min(...contrasts), `the weakest point of the ${colorScheme} card's edge`).toBeGreaterThanOrEqual(
        MIN_CONTRAST,
      );
    }
  });
}
