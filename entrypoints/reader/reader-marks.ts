/**
 * The reader's marks: each rendered page's text (in reading order, see
 * page-text.ts) goes through the content script's one matcher and page
 * sense, and its terms become StaticRanges in the reader's CSS.highlights
 * through the same PageHighlights as on web pages. A page is a block: its
 * box (which outlives re-rendering) owns its terms. Pages are marked one per
 * scheduler job, so no long task comes from us.
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
import { type PageText, pageText, placeOf } from './page-text';
import type { RenderedText } from './page-view';

/** The reader is an extension page no site can see: it keeps the contract's names in every build. */
export const READER_HIGHLIGHTS = contractHighlightNames();

export class ReaderMarks {
  readonly highlights: PageHighlights;
  private readonly sense: PageSense;
  private readonly scheduler = new Scheduler();
  private readonly texts = new Map<BlockOwner, PageText>();

  constructor(
    /** Called after each page's terms are registered. */
    private readonly onMarked: (page: HTMLElement) => void,
  ) {
    this.highlights = new PageHighlights(
      (node) => (node.parentElement?.closest('.page') as HTMLElement | null) ?? null,
      isEverydayEntry,
    );
    this.sense = new PageSense({
      targets: glossaryTargets(),
      onTopicChange: (_topic, pages) => {
        for (const page of pages) this.scheduler.add(() => this.mark(page));
      },
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
      this.texts.set(page, pageText(text.pieces));
      this.mark(page);
      // Says on the page's box that its terms are registered (tests and the bench wait on it).
      page.dataset.marked = '';
      this.onMarked(page);
      return true;
    });
  }

  /** A marked page's text in reading order. */
  textOf(page: BlockOwner): PageText | undefined {
    return this.texts.get(page);
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

  private mark(page: BlockOwner): boolean {
    const text = this.texts.get(page);
    if (!text) return true;
    const found: TermOccurrence[] = [];
    glossaryMatcher().scan(text.text, (start, end, entry) => {
      const place = placeOf(text, start, end);
      if (place) found.push({ ...place, entry, block: page });
    });
    this.highlights.setBlock(page, this.sense.select(page, found, text.text.length));
    return true;
  }
}
