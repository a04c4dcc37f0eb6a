/**
 * One running explainer on one page: the scanner that keeps highlights in
 * step with the text, the card, the triggers that open it and the keyboard
 * navigation. Everything it starts, stop() undoes: highlights, adopted
 * styles, observers, listeners, timers and the UI host. Listeners on the
 * page ignore untrusted events: a page script cannot open or close a card.
 */
import { glossaryMatcher, glossaryTargets, isEverydayEntry } from '../../glossary/runtime/bundled';
import type { Topic } from '../../glossary/runtime/topic';
import type { HighlightNames } from '../../utils/highlight-styles';
import type { Settings } from '../../utils/settings';
import { listenToKeyboardFocus } from './card/focus-trigger';
import { LazyCards } from './card/lazy-cards';
import { listenToPointer } from './card/pointer-triggers';
import { FirstPerSection } from './finding/first-per-section';
import { PageSense } from './finding/page-sense';
import { HighlightPainter, type InjectRules } from './highlights/highlight-painter';
import { PageHighlights } from './highlights/page-highlights';
import { termAt } from './highlights/term-at-point';
import { TermNavigator } from './highlights/term-navigator';
import type { ScriptLifetime } from './lifetime/script-lifetime';
import { PageScanner } from './reading/page-scanner';
import { Scheduler } from './reading/scheduler';
import { TextBlocks } from './reading/text-blocks';
import { TermBadgeReporter } from './term-badge-reporter';

/** Quiet time after scrolling before the view is checked for terms the highlight cap left out. */
const SCROLL_SETTLE_MS = 200;

/** The frame an explainer runs in: its site and its highlights' names and rules. */
export interface ExplainerFrame {
  /** The site the reader sees (the top page's host), for per-site settings. */
  readonly host: string;
  readonly names: HighlightNames;
  readonly injectRules: InjectRules;
}

export class Explainer {
  /**
   * Ends this explainer's listeners. Its own controller, not only ctx.signal:
   * an explainer also stops when the reader turns the site off, while the
   * content script's context lives on.
   */
  private readonly abort = new AbortController();
  private readonly signal: AbortSignal;
  private readonly scheduler = new Scheduler();
  private readonly highlights: PageHighlights;
  private readonly painter: HighlightPainter;
  private readonly shadowRoots: ShadowRoot[] = [];
  private readonly scanner: PageScanner;
  private readonly navigator: TermNavigator;
  private readonly badge: TermBadgeReporter;
  private readonly firstPerSection = new FirstPerSection();
  private readonly sense: PageSense;
  /** The card, and what opens it for terms, selections and words; what the page's messages call. */
  readonly cards: LazyCards;

  constructor(
    private readonly ctx: ScriptLifetime,
    private readonly doc: Document,
    private settings: Settings,
    private readonly frame: ExplainerFrame,
  ) {
    this.signal = AbortSignal.any([ctx.signal, this.abort.signal]);
    this.painter = new HighlightPainter(frame.names, frame.injectRules);
    const blocks = new TextBlocks();
    this.highlights = new PageHighlights((node) => blocks.blockOf(node), isEverydayEntry);
    this.navigator = new TermNavigator(doc, this.highlights, frame.names.focus, (node) => this.cards.isHost(node));
    this.cards = new LazyCards({
      doc,
      highlights: this.highlights,
      navigator: this.navigator,
      aboutNeuroblastoma: () => this.sense.pageTopic === 'neuroblastoma',
      dockPinned: () => this.settings.dockPinned,
    });
    this.badge = new TermBadgeReporter(ctx, this.highlights);
    this.sense = new PageSense({
      targets: glossaryTargets(),
      onTopicChange: (_topic, blocks) => this.scanner.reread(blocks),
    });
    this.scanner = new PageScanner({
      doc,
      view: doc.defaultView ?? window,
      blocks,
      matcher: glossaryMatcher(),
      highlights: this.highlights,
      scheduler: this.scheduler,
      isOwnUi: (node) => this.cards.isHost(node),
      onShadowRoot: (root) => {
        this.shadowRoots.push(root);
        this.painter.addShadowRoot(root);
      },
      onSettled: () => this.badge.schedule(),
      select: (block, matches, textLength) => {
        this.sense.choose(block, matches, textLength);
        if (this.settings.occurrences === 'first-per-section') this.firstPerSection.keep(block, matches);
      },
    });
  }

  /** Starts highlighting; `onReady` runs after the first full pass over the page. */
  start(onReady: () => void): void {
    this.applySettings(this.settings);
    void this.painter.start(this.doc);
    this.scanner.start(onReady);
    listenToPointer(
      this.doc,
      {
        termAt: (x, y) => {
          const term = termAt(this.doc, this.highlights, x, y, this.shadowRoots);
          if (term) this.cards.prepare();
          return term;
        },
        termAtCaret: (node, offset) => this.highlights.at(node, offset),
        open: (occurrence) => this.cards.openTerm(occurrence, false),
        close: () => this.cards.close(),
        shown: () => this.cards.shown,
        isPinned: () => this.cards.isPinned,
        isInCard: (event) => this.cards.contains(event),
        hoverDelayMs: () => this.settings.hoverDelayMs,
      },
      this.signal,
    );
    listenToKeyboardFocus(
      this.doc,
      this.highlights,
      {
        open: (occurrence) => this.cards.openTerm(occurrence, false),
        enabled: () => this.settings.openOnFocus && !this.cards.isGivingFocusBack,
      },
      this.signal,
    );
    const passive = { passive: true, capture: true, signal: this.signal } as const;
    let scrollEnd = 0;
    this.doc.addEventListener(
      'scroll',
      () => {
        this.cards.reposition();
        clearTimeout(scrollEnd);
        scrollEnd = this.ctx.setTimeout(() => this.scanner.refreshView(), SCROLL_SETTLE_MS);
      },
      passive,
    );
    this.signal.addEventListener('abort', () => clearTimeout(scrollEnd));
    this.doc.defaultView?.addEventListener('resize', () => this.cards.reposition(), passive);
    this.doc.addEventListener(
      'keydown',
      (event) => {
        if (!event.isTrusted || event.key !== 'Escape' || !this.cards.isOpen) return;
        event.stopPropagation();
        this.cards.close();
      },
      { capture: true, signal: this.signal },
    );
  }

  applySettings(settings: Settings): void {
    const occurrencesChanged = settings.occurrences !== this.settings.occurrences;
    this.settings = settings;
    const { names } = this.frame;
    this.highlights.show({ term: names.term[settings.highlightStyle], quiet: names.quiet[settings.highlightStyle] });
    this.sense.setMarkAll(settings.markAllSites.includes(this.frame.host));
    if (occurrencesChanged) this.rescan();
    this.cards.reposition();
  }

  /** What the page seems to be about, and whether words that need another topic are left unmarked. */
  get topic(): { readonly topic: Topic; readonly withholding: boolean } {
    return { topic: this.sense.pageTopic, withholding: this.sense.withholding };
  }

  /** Reads the whole page again (after a single-page app navigates, or the occurrence setting changes). */
  rescan(): void {
    this.firstPerSection.reset();
    this.sense.reset();
    this.scanner.rescanAll();
  }

  /** The entries on the page in order of first appearance, with how often each appears. */
  pageTerms(): { entry: number; count: number }[] {
    const counts = new Map<number, number>();
    for (const { entry } of this.highlights.inDocumentOrder()) counts.set(entry, (counts.get(entry) ?? 0) + 1);
    return [...counts].map(([entry, count]) => ({ entry, count }));
  }

  stop(): void {
    this.abort.abort();
    this.scheduler.stop();
    this.scanner.stop();
    this.navigator.blur();
    this.highlights.clear();
    this.cards.destroy();
    this.painter.stop();
    this.shadowRoots.length = 0;
    // Last, as it talks to the background, which is gone when the extension is.
    this.badge.stop();
  }
}
