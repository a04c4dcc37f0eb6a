/**
 * Terms that run from one page onto the next ("neuro-" at the foot of page
 * 3, "blastoma" at the head of page 4; "high-risk" / "neuroblastoma"): a
 * page is read between the end of the page before it and the start of the
 * page after it, joined as lines are (page-text.ts). A term inside a page
 * belongs to the page; a term across a page break belongs to the break, and
 * each page shows its own part of it. Only the pages' edges are needed, so a
 * page is read right whether its neighbours are rendered or not.
 */
import { lineJoint, SOFT_HYPHEN } from './page-text';

/** How much of each page's text the neighbouring pages read (terms are far shorter). */
export const EDGE_CHARS = 120;

/** The first and last characters of a page's text in reading order. */
export interface PageEdges {
  readonly head: string;
  readonly tail: string;
}

export const NO_EDGES: PageEdges = { head: '', tail: '' };

export function edgesOf(text: string): PageEdges {
  return { head: text.slice(0, EDGE_CHARS), tail: text.slice(-EDGE_CHARS) };
}

/** The matcher's scan: each term found, leftmost-longest, in order. */
export type Scan = (text: string, visit: (start: number, end: number, entry: number) => void) => void;

export interface Found {
  readonly start: number;
  readonly end: number;
  readonly entry: number;
}

/** A term across the break after a page: how many of its characters end that page, and how many start the next. */
export interface Crossing {
  readonly entry: number;
  readonly beforeBreak: number;
  readonly afterBreak: number;
}

/** `before` + `after` joined across a break, and where `after` starts in it. */
function joined(before: string, after: string): { text: string; afterAt: number } {
  if (before === '' || after === '') return { text: before + after, afterAt: before.length };
  const joint = lineJoint(before, after);
  const kept = joint === 'soft' ? before.slice(0, -1) + SOFT_HYPHEN : before;
  const text = joint === 'space' && !/\s$/.test(kept) ? `${kept} ` : kept;
  return { text: text + after, afterAt: text.length };
}

/** The terms inside a page's `text` (offsets in it), read after the previous page's tail and before the next's head. */
export function termsInside(scan: Scan, text: string, previousTail = '', nextHead = ''): Found[] {
  const left = joined(previousTail, text);
  const whole = joined(left.text, nextHead);
  const from = left.afterAt;
  const to = from + text.length;
  const found: Found[] = [];
  scan(whole.text, (start, end, entry) => {
    if (start >= from && end <= to) found.push({ start: start - from, end: end - from, entry });
  });
  return found;
}

/** The terms across the break between a page that ends with `tail` and the next, which starts with `head`. */
export function termsAcross(scan: Scan, tail: string, head: string): Crossing[] {
  if (tail === '' || head === '') return [];
  const { text, afterAt } = joined(tail, head);
  const found: Crossing[] = [];
  scan(text, (start, end, entry) => {
    if (start < tail.length && end > afterAt)
      found.push({ entry, beforeBreak: tail.length - start, afterBreak: end - afterAt });
  });
  return found;
}
