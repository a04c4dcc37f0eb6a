/** Finds what the reader sees first, so the first pass reads it before the rest of the page. */
import type { TextBlocks } from './text-blocks';

/** Points of the viewport (as fractions of its size) probed for the blocks in view. */
const VIEWPORT_PROBES = [0.1, 0.3, 0.5, 0.7, 0.9].flatMap((y) => [0.25, 0.5, 0.75].map((x) => [x, y] as const));

/** The containers of the blocks under a few points of the viewport (one layout read for all). */
export function visibleContainers(doc: Document, blocks: TextBlocks): Element[] {
  const view = doc.defaultView;
  if (!view || view.innerWidth === 0 || view.innerHeight === 0) return [];
  const containers = new Set<Element>();
  for (const [x, y] of VIEWPORT_PROBES) {
    const hit = doc.elementFromPoint(view.innerWidth * x, view.innerHeight * y);
    const block = hit ? blocks.blockOf(hit) : null;
    const container = block instanceof Element ? (block.parentElement ?? block) : null;
    if (container && container !== doc.body && container !== doc.documentElement) containers.add(container);
  }
  return [...containers];
}
