/**
 * Pointer position → the term under it: the caret position at the point gives
 * a text node and offset, which the highlight index turns into a term; the
 * term's own rectangles then confirm the pointer is on its text and not in
 * the empty space beside a line.
 */
import type { TermOccurrence } from '../finding/find-terms';
import type { PageHighlights } from './page-highlights';
import { rectsOf } from './range-geometry';

/** Slack around a term's rectangles, in CSS pixels. */
const SLACK = 1;

interface CaretPoint {
  readonly node: Node;
  readonly offset: number;
}

export function caretAt(doc: Document, x: number, y: number, shadowRoots: readonly ShadowRoot[]): CaretPoint | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  // Chromium before 128 has only the older, non-standard caretRangeFromPoint.
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export function termAt(
  doc: Document,
  highlights: PageHighlights,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): TermOccurrence | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  const occurrence = caret ? highlights.at(caret.node, caret.offset) : null;
  return occurrence && isPointOn(doc, occurrence.range, x, y) ? occurrence : null;
}

function isPointOn(doc: Document, range: StaticRange, x: number, y: number): boolean {
  for (const rect of rectsOf(doc, range)) {
    if (x >= rect.left - SLACK && x <= rect.right + SLACK && y >= rect.top - SLACK && y <= rect.bottom + SLACK) {
      return true;
    }
  }
  return false;
}
