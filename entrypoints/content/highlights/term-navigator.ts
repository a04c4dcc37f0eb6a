/**
 * Moves through the page's terms from the keyboard and shows where the
 * reader is: the current term gets a focus mark (a highlight of its own)
 * and is scrolled into view.
 */

import { entryIndexOf } from '../../../glossary/runtime/bundled';
import type { TermOccurrence } from '../finding/find-terms';
import type { PageHighlights } from './page-highlights';
import { rectsOf } from './range-geometry';
import { type ReadingPoint, readingPoint, samePoint, termIndexFrom } from './reading-point';

export class TermNavigator {
  private readonly mark = new Highlight();
  private current: TermOccurrence | null = null;
  /** Where the reader was (selection or focus) at the last step. */
  private pointAtLastStep: ReadingPoint | null = null;

  constructor(
    private readonly doc: Document,
    private readonly highlights: PageHighlights,
    /** The name the focus mark is registered under. */
    private readonly focusName: string,
    /** Whether a node is the extension's own UI (focus there is not the reader's place on the page). */
    private readonly isOwnUi: (node: Node) => boolean = () => false,
    private readonly registry: HighlightRegistry = CSS.highlights,
  ) {
    this.mark.priority = 1;
  }

  /**
   * The next (or previous) term: from where the reader's selection or focus
   * is when it moved since the last step, else after the current term, else
   * from the top of the view.
   */
  step(direction: 1 | -1): TermOccurrence | null {
    const terms = this.highlights.inDocumentOrder();
    if (terms.length === 0) return null;
    const point = readingPoint(this.doc, this.isOwnUi);
    const moved = point !== null && !samePoint(point, this.pointAtLastStep);
    this.pointAtLastStep = point;
    const fromPoint = moved ? termIndexFrom(this.doc, terms, point, direction) : -1;
    const at = this.current ? terms.indexOf(this.current) : -1;
    const index =
      fromPoint >= 0
        ? fromPoint
        : at >= 0
          ? (at + direction + terms.length) % terms.length
          : this.firstInView(terms, direction);
    const target = terms[index] ?? null;
    if (target) this.focus(target);
    return target;
  }

  /** The first term of the entry with this id in reading order, focused and in view. */
  reveal(id: string): TermOccurrence | null {
    const entry = entryIndexOf(id);
    if (entry < 0) return null;
    const target = this.highlights.inDocumentOrder().find((occurrence) => occurrence.entry === entry) ?? null;
    if (target) this.focus(target);
    return target;
  }

  focus(occurrence: TermOccurrence): void {
    this.current = occurrence;
    this.mark.clear();
    this.mark.add(occurrence.range);
    this.registry.set(this.focusName, this.mark);
    scrollToTerm(this.doc, occurrence.range);
  }

  /** Removes the focus mark (the reader's place is kept for the next step). */
  blur(): void {
    this.mark.clear();
    if (this.registry.get(this.focusName) === this.mark) this.registry.delete(this.focusName);
  }

  private firstInView(terms: readonly TermOccurrence[], direction: 1 | -1): number {
    const below = terms.findIndex((occurrence) => (rectsOf(this.doc, occurrence.range)[0]?.top ?? 0) >= 0);
    if (direction === 1) return Math.max(below, 0);
    return below > 0 ? below - 1 : terms.length - 1;
  }
}

/** Scrolls the term into the middle of the view (scroll containers first, then the window). */
function scrollToTerm(doc: Document, range: StaticRange): void {
  const view = doc.defaultView;
  const inView = () => {
    const rect = rectsOf(doc, range)[0];
    return !rect || !view || (rect.top >= 0 && rect.bottom <= view.innerHeight);
  };
  if (!view || inView()) return;
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = rectsOf(doc, range)[0];
  if (rect && !inView()) view.scrollBy({ top: rect.top - view.innerHeight / 2 });
}
