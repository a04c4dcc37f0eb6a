/**
 * The reader's marks: each rendered page's text (in reading order, see
 * page-text.ts) goes through the content script's one matcher and page
 * sense, and its terms become StaticRanges in the reader's CSS.highlights
 * through the same PageHighlights as on web pages. A page is a block: its
 * box (which outlives re-rendering) owns its terms, and its part of a term
 * that runs across a page break (page-joins.ts; the break is a block of its
 * own for the page sense, so such a term counts once). Pages are marked one
 * per scheduler job, so no long task comes from us.
 */

import { glossaryMatcher, glossaryTargets, isEverydayEntry } from '../../glossary/runtime/bundled';
import type { Topic } from '../../glossary/runtime/topic';
import { contractHighlightNames } from '../../utils/highlight-styles';
import type { HighlightStyle } from '../../utils/settings';
import type { TermOccurrence } from '../content/finding/find-terms';
import { PageSense } from '../content/finding/page-sense';
import { PageHighlights } from '../content/highlights/page-highlights';
import { Scheduler } from '../content/reading/scheduler';
import type { BlockOwner } from '../content/reading/text-blocks';
import type { PageEdgeStore } from './page-edge-store';
import { type Scan, termsAcross, termsInside } from './page-joins';
import { type PageText, pageText, placeOf } from './page-text';
import type { RenderedText } from './page-view';

const scan: Scan = (text, visit) => glossaryMatcher().scan(text, visit);

/** The reader is an extension page no site can see: it keeps the contract's names in every build. */
export const READER_HIGHLIGHTS = contractHighlightNames();

export class ReaderMarks {
  readonly highlights: PageHighlights;
  private readonly sense: PageSense;
  private readonly scheduler = new Scheduler();
  private readonly texts = new Map<HTMLElement, PageText>();
  /** The page sense's block for each break, by the number of the page before it. */
  private readonly breaks = new Map<number, Element>();

  constructor(
    /** Called after each page's terms are registered. */
    private readonly onMarked: (page: HTMLElement) => void,
    private readonly edges: PageEdgeStore,
  ) {
    this.highlights = new PageHighlights(
      (node) => (node.parentElement?.closest('.page') as HTMLElement | null) ?? null,
      isEverydayEntry,
    );
    this.sense = new PageSense({
      targets: glossaryTargets(),
      // Every rendered page is read again (at most a few): a term across a break depends on two pages.
      onTopicChange: () => this.markAgain(),
    });
  }

  get topic(): Topic {
    return this.sense.pageTopic;
  }

  /** Registers the highlights under a style's names ("medterm-dotted"…). */
  show(style: HighlightStyle): void {
    this.highlights.show({ term: READER_HIGHLIGHTS.term[style], quiet: READER_HIGHLIGHTS.quiet[style] });
  }

  /** Marks a freshly rendered page (soon, in a scheduler slice). */
  markPage(page: HTMLElement, text: RenderedText): void {
    this.scheduler.add(() => {
      if (!text.layer.isConnected) return true;
      const read = pageText(text.pieces);
      this.texts.set(page, read);
      this.edges.remember(pageNumber(page), read.text);
      this.mark(page);
      // Says on the page's box that its terms are registered (tests and the bench wait on it).
      page.dataset.marked = '';
      this.onMarked(page);
      return true;
    });
    // The pages beside it not read yet: marked now without them, and again once they are read.
    const number = pageNumber(page);
    const unread = [number - 1, number + 1].filter((other) => this.edges.edges(other) === undefined);
    if (unread.length === 0) return;
    void Promise.all(unread.map((other) => this.edges.read(other)))
      .then(() => this.scheduler.add(() => this.mark(page)))
      .catch(() => undefined);
  }

  /** A marked page's text in reading order (undefined for anything that is not a marked page). */
  textOf(page: BlockOwner): PageText | undefined {
    return page instanceof HTMLElement ? this.texts.get(page) : undefined;
  }

  /** Forgets a page's terms (its text layer is gone). */
  dropPage(page: HTMLElement): void {
    delete page.dataset.marked;
    this.texts.delete(page);
    this.highlights.dropBlock(page);
  }

  stop(): void {
    this.scheduler.stop();
    this.highlights.clear();
  }

  private markAgain(): void {
    for (const page of this.texts.keys()) this.scheduler.add(() => this.mark(page));
  }

  private mark(page: HTMLElement): boolean {
    const text = this.texts.get(page);
    if (!text) return true;
    const number = pageNumber(page);
    const before = this.edges.edges(number - 1)?.tail;
    const after = this.edges.edges(number + 1)?.head;
    const found: TermOccurrence[] = [];
    for (const { start, end, entry } of termsInside(scan, text.text, before, after)) {
      const place = placeOf(text, start, end);
      if (place) found.push({ ...place, entry, block: page });
    }
    const marked = this.sense.select(page, found, text.text.length);
    marked.push(
      ...this.partsAcross(page, text, number - 1, 'after'),
      ...this.partsAcross(page, text, number, 'before'),
    );
    this.highlights.setBlock(page, marked);
    return true;
  }

  /**
   * This page's parts of the terms across the break after page `breakAfter`
   * that the page sense marks, `side` saying whether this page ends at the
   * break or starts after it. The break is judged as one block from both
   * pages' edges, so both pages agree, whichever of them is rendered.
   */
  private partsAcross(
    page: HTMLElement,
    text: PageText,
    breakAfter: number,
    side: 'before' | 'after',
  ): TermOccurrence[] {
    const tail = this.edges.edges(breakAfter)?.tail ?? '';
    const head = this.edges.edges(breakAfter + 1)?.head ?? '';
    const crossings = termsAcross(scan, tail, head);
    if (crossings.length === 0) return [];
    // The page's own text is the one its edges came from, unless pdf.js read it differently when rendering.
    const sameText = side === 'before' ? text.text.endsWith(tail) : text.text.startsWith(head);
    const block = this.breakBlock(breakAfter);
    const parts = new Map<StaticRange, boolean>();
    const found = crossings.map(({ entry, beforeBreak, afterBreak }) => {
      const [start, end] = side === 'before' ? [text.text.length - beforeBreak, text.text.length] : [0, afterBreak];
      const place = sameText ? placeOf(text, start, end) : null;
      const range =
        place?.range ?? new StaticRange({ startContainer: page, startOffset: 0, endContainer: page, endOffset: 0 });
      parts.set(range, place !== null);
      return { range, entry, block };
    });
    const length = crossings.reduce((sum, { beforeBreak, afterBreak }) => sum + beforeBreak + afterBreak, 0);
    return this.sense
      .select(block, found, length)
      .flatMap((occurrence) => (parts.get(occurrence.range) ? [{ ...occurrence, block: page }] : []));
  }

  private breakBlock(breakAfter: number): Element {
    let block = this.breaks.get(breakAfter);
    if (!block) {
      block = document.createElement('div');
      this.breaks.set(breakAfter, block);
    }
    return block;
  }
}

function pageNumber(page: HTMLElement): number {
  return Number(page.dataset.page);
}
