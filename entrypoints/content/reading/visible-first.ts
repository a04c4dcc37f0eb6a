/** Finds what the reader sees first, so the first pass reads it before the rest of the page. */
import type { BlockOwner, TextBlocks } from './text-blocks';

/** Points of the viewport (as fractions of its size) probed for the blocks in view. */
const VIEWPORT_PROBES = [0.1, 0.3, 0.5, 0.7, 0.9].flatMap((y) => [0.25, 0.5, 0.75].map((x) => [x, y] as const));
/** A container with at most this many children is read whole; a longer one only around the view. */
const SMALL_CONTAINER = 40;
/**
 * A page with fewer elements than this is read in a slice or two, so where
 * the view is does not matter; most frames (ads, widgets) are such pages.
 */
const SMALL_PAGE_ELEMENTS = 300;
/** Siblings read before and after a block in view, when its container is long. */
const SIBLINGS_BEFORE = 10;
const SIBLINGS_AFTER = 30;

/**
 * Where a full pass starts: around what the reader sees, or nowhere in
 * particular on a small page, which is spared the layout read
 * (elementFromPoint) before the browser lays the page out itself.
 */
export function firstRegions(doc: Document, blocks: TextBlocks): Element[] {
  // item() counts natively and stops at the index: no wrapper for each element, and no walk of a big page.
  const small = !(doc.body ?? doc.documentElement).getElementsByTagName('*').item(SMALL_PAGE_ELEMENTS);
  return small ? [] : visibleRegions(doc, blocks);
}

/** The parts of the page around the blocks under a few points of the viewport (one layout read for all). */
export function visibleRegions(doc: Document, blocks: TextBlocks): Element[] {
  const view = doc.defaultView;
  if (!view || view.innerWidth === 0 || view.innerHeight === 0) return [];
  const regions = new Set<Element>();
  for (const [x, y] of VIEWPORT_PROBES) {
    const hit = doc.elementFromPoint(view.innerWidth * x, view.innerHeight * y);
    const block = hit ? blocks.blockOf(hit) : null;
    if (!(block instanceof Element)) continue;
    const container = block.parentElement;
    const whole = container && container !== doc.body && container !== doc.documentElement;
    if (whole && container.childElementCount <= SMALL_CONTAINER) regions.add(container);
    else for (const sibling of siblingsAround(block)) regions.add(sibling);
  }
  return [...regions];
}

function siblingsAround(block: Element): Element[] {
  const around = [block];
  let before = block.previousElementSibling;
  for (let count = 0; before && count < SIBLINGS_BEFORE; count++, before = before.previousElementSibling) {
    around.unshift(before);
  }
  let after = block.nextElementSibling;
  for (let count = 0; after && count < SIBLINGS_AFTER; count++, after = after.nextElementSibling) around.push(after);
  return around;
}

/** Whether a block is more than a screen away from the view (one layout read, usually already clean). */
export function isFarFromView(doc: Document, block: BlockOwner): boolean {
  const element = block instanceof Element ? block : block.host;
  const height = doc.defaultView?.innerHeight ?? 0;
  const { top, bottom } = element.getBoundingClientRect();
  return bottom < -height || top > 2 * height;
}
