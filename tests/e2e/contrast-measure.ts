/**
 * Contrast measured from screenshots' pixels, as a reader sees them, never
 * from CSS values: WCAG 2.2 relative luminance and contrast ratio
 * (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). The screenshots are
 * decoded in a blank page of the same browser (no image library in the
 * tests); the arithmetic runs here.
 */
import type { Page } from '@playwright/test';
import { decodePngs } from '../contract/decode-png';
import type { Box } from '../contract/page-contract';
import { markedAndPlain } from './painted';

export type Rgb = readonly [number, number, number];

/** A decoded screenshot. */
export class Pixels {
  constructor(
    readonly width: number,
    readonly height: number,
    private readonly rgba: Buffer,
  ) {}

  at(x: number, y: number): Rgb {
    const index = (y * this.width + x) * 4;
    return [this.rgba[index] ?? 0, this.rgba[index + 1] ?? 0, this.rgba[index + 2] ?? 0];
  }
}

export async function decode(page: Page, pngs: readonly string[]): Promise<Pixels[]> {
  const decoder = await page.context().newPage();
  try {
    const images = await decoder.evaluate(decodePngs, pngs);
    return images.map(({ width, height, rgba }) => new Pixels(width, height, Buffer.from(rgba, 'base64')));
  } finally {
    await decoder.close();
  }
}

function linear(value: number): number {
  const s = value / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The underline's pixels under a term (those the highlight changes, found by
 * comparing screenshots with and without it), each with its contrast
 * against the same pixel without the highlight: the background next to it.
 */
export async function underlineContrasts(page: Page, term: Box): Promise<number[]> {
  const [marked, plain] = await decode(page, await markedAndPlain(page, term));
  if (!marked || !plain) throw new Error('Two screenshots are needed');
  const contrasts: number[] = [];
  for (let y = 0; y < marked.height; y++) {
    for (let x = 0; x < marked.width; x++) {
      const [line, ground] = [marked.at(x, y), plain.at(x, y)];
      if (line.some((value, channel) => value !== ground[channel])) contrasts.push(contrastRatio(line, ground));
    }
  }
  return contrasts;
}

/** How far in from its box the card's edge is looked for (its frame line may sit just outside the box). */
const EDGE_DEPTH = 3;
/** Where the background next to the card is read, outside its box (the card's shadow included). */
const OUTSIDE = 5;
/** The rounded corners are left out. */
const CORNER = 14;

/**
 * The contrast of the card's edge with the background next to it, every
 * 4 px along its left, right and bottom sides (the top one meets the term):
 * at each point, the strongest contrast between a pixel of the edge (the
 * frame line just outside the box, or the card's own first pixels) and the
 * page pixel `OUTSIDE` px out. `shot` is a screenshot clipped at `origin`.
 */
export function edgeContrasts(shot: Pixels, origin: { x: number; y: number }, card: Box): number[] {
  const left = Math.round(card.x - origin.x);
  const top = Math.round(card.y - origin.y);
  const right = left + Math.round(card.width) - 1;
  const bottom = top + Math.round(card.height) - 1;
  const across = (points: (depth: number) => [number, number], outside: [number, number]) => {
    const ground = shot.at(...outside);
    let best = 0;
    for (let depth = -1; depth < EDGE_DEPTH; depth++)
      best = Math.max(best, contrastRatio(shot.at(...points(depth)), ground));
    return best;
  };
  const contrasts: number[] = [];
  for (let y = top + CORNER; y <= bottom - CORNER; y += 4) {
    contrasts.push(across((depth) => [left + depth, y], [left - OUTSIDE, y]));
    contrasts.push(across((depth) => [right - depth, y], [right + OUTSIDE, y]));
  }
  for (let x = left + CORNER; x <= right - CORNER; x += 4) {
    contrasts.push(across((depth) => [x, bottom - depth], [x, bottom + OUTSIDE]));
  }
  return contrasts;
}
