/**
 * Opens the card of a marked link (or any element with a term) when the
 * keyboard moves focus to it, without taking focus away: Tab onward goes on
 * through the page. Only keyboard focus (:focus-visible) counts, not a click.
 */
import type { TermOccurrence } from '../finding/find-terms';
import type { PageHighlights } from '../highlights/page-highlights';

/** Links and buttons are short; longer text is not looked through. */
const MAX_CHARS = 200;

export interface FocusTargets {
  readonly open: (occurrence: TermOccurrence) => void;
  readonly enabled: () => boolean;
}

/** The first term inside `element`, if any. */
export function termWithin(doc: Document, highlights: PageHighlights, element: Element): TermOccurrence | null {
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let read = 0;
  for (let node = walker.nextNode(); node && read < MAX_CHARS; node = walker.nextNode()) {
    const length = (node as Text).data.length;
    for (let offset = 0; offset < length && read < MAX_CHARS; offset++, read++) {
      const occurrence = highlights.at(node, offset);
      if (occurrence) return occurrence;
    }
  }
  return null;
}

export function listenToKeyboardFocus(
  doc: Document,
  highlights: PageHighlights,
  targets: FocusTargets,
  signal: AbortSignal,
): void {
  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      if (!event.isTrusted || !targets.enabled() || !(target instanceof Element)) return;
      if (!target.matches(':focus-visible')) return;
      const occurrence = termWithin(doc, highlights, target);
      if (occurrence) targets.open(occurrence);
    },
    { capture: true, signal },
  );
}
