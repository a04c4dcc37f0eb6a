/**
 * Opens and closes the card from the pointer, in the spirit of Wikipedia's
 * page previews: rest on a term for the hover delay to open its card; leave
 * both term and card for a short grace period to close it (WCAG 1.4.13:
 * hoverable and persistent). A tap, a double-click or a selection on a term
 * opens its card at once; a tapped card stays until the reader taps
 * elsewhere, and a tapped link is followed only on a second tap. Pointer
 * moves are rAF-throttled and only look up the term under the pointer. Only
 * the reader's own input counts: events a page script dispatches
 * (untrusted) open and close nothing.
 */
import type { TermOccurrence } from '../finding/find-terms';

/** Time to move the pointer from a term into its card before the card closes. */
export const HIDE_GRACE_MS = 300;
/** A touch that moves further than this (CSS pixels) is a scroll, not a tap. */
const TAP_SLOP = 10;

export interface PointerTargets {
  /** The term under a viewport point, or null. */
  readonly termAt: (x: number, y: number) => TermOccurrence | null;
  /** The term at a caret position (for selections), or null. */
  readonly termAtCaret: (node: Node, offset: number) => TermOccurrence | null;
  readonly open: (occurrence: TermOccurrence) => void;
  readonly close: () => void;
  readonly shown: () => TermOccurrence | null;
  readonly isPinned: () => boolean;
  readonly isInCard: (event: Event) => boolean;
  readonly hoverDelayMs: () => number;
}

/** Runs `handler` for the reader's own input only. */
function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

export function listenToPointer(doc: Document, targets: PointerTargets, signal: AbortSignal): void {
  const view = doc.defaultView ?? window;
  let pointer: { x: number; y: number } | null = null;
  let frame = 0;
  let showTimer = 0;
  let hideTimer = 0;
  let pending: TermOccurrence | null = null;
  let touchStart: { x: number; y: number; id: number } | null = null;
  /** Set by a tap that opened a term's card, so the click that follows it does not leave the page. */
  let holdLinkClick = false;

  const cancelShow = () => {
    view.clearTimeout(showTimer);
    pending = null;
  };
  const cancelHide = () => view.clearTimeout(hideTimer);
  const scheduleHide = () => {
    if (targets.isPinned() || !targets.shown()) return;
    cancelHide();
    hideTimer = view.setTimeout(() => {
      if (!targets.isPinned()) targets.close();
    }, HIDE_GRACE_MS);
  };
  const openNow = (occurrence: TermOccurrence) => {
    cancelShow();
    cancelHide();
    targets.open(occurrence);
  };

  const onFrame = () => {
    frame = 0;
    if (!pointer) return;
    const occurrence = targets.termAt(pointer.x, pointer.y);
    if (!occurrence) {
      cancelShow();
      scheduleHide();
      return;
    }
    cancelHide();
    if (occurrence === targets.shown() || occurrence === pending) return;
    cancelShow();
    if (targets.isPinned()) return;
    pending = occurrence;
    showTimer = view.setTimeout(() => openNow(occurrence), targets.hoverDelayMs());
  };

  const options = { passive: true, capture: true, signal } as const;
  doc.addEventListener(
    'pointermove',
    trusted((event) => {
      if (event.pointerType !== 'mouse') return;
      if (targets.isInCard(event)) {
        pointer = null;
        cancelShow();
        cancelHide();
        return;
      }
      pointer = { x: event.clientX, y: event.clientY };
      frame ||= view.requestAnimationFrame(onFrame);
    }),
    options,
  );
  doc.addEventListener(
    'pointerleave',
    trusted((event) => {
      // Captured for every element the pointer leaves; only a mouse leaving the page itself matters.
      // A finger "leaves" <html> after every tap (https://w3c.github.io/pointerevents/#the-pointerleave-event).
      if (event.pointerType !== 'mouse' || event.target !== doc.documentElement) return;
      pointer = null;
      cancelShow();
      scheduleHide();
    }),
    options,
  );
  doc.addEventListener(
    'pointerdown',
    trusted((event) => {
      if (event.pointerType === 'mouse') {
        if (!targets.isInCard(event) && !targets.isPinned()) targets.close();
        return;
      }
      touchStart = { x: event.clientX, y: event.clientY, id: event.pointerId };
      holdLinkClick = false;
    }),
    options,
  );
  doc.addEventListener(
    'pointerup',
    trusted((event) => {
      const start = touchStart;
      touchStart = null;
      if (!start || start.id !== event.pointerId || targets.isInCard(event)) return;
      if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > TAP_SLOP) return;
      const occurrence = targets.termAt(event.clientX, event.clientY);
      if (occurrence) {
        holdLinkClick = targets.shown() !== occurrence;
        openNow(occurrence);
      } else if (!targets.isPinned()) targets.close();
    }),
    options,
  );
  // A first tap on a linked term explains it; the second, with its card open, follows the link.
  doc.addEventListener(
    'click',
    trusted((event) => {
      const hold = holdLinkClick;
      holdLinkClick = false;
      if (hold && event.target instanceof Element && event.target.closest('a[href]')) event.preventDefault();
    }),
    { capture: true, signal },
  );
  doc.addEventListener(
    'mouseup',
    trusted((event) => {
      if (targets.isInCard(event)) return;
      const selection = doc.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      const occurrence = targets.termAtCaret(range.startContainer, range.startOffset);
      if (occurrence) openNow(occurrence);
    }),
    options,
  );
  signal.addEventListener('abort', () => {
    cancelShow();
    cancelHide();
    if (frame) view.cancelAnimationFrame(frame);
  });
}
