/**
 * One running explainer on one page: the scanner that keeps highlights in
 * step with the text, the card and the triggers that open it. Everything it
 * starts, stop() undoes: highlights, shadow-root styles, observers,
 * listeners, timers and the UI host.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CompiledEntry } from '../../glossary/build';
import { entryAt, glossaryMatcher } from '../../utils/glossary';
import { sendToBackground } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import highlightsCss from './highlights.css?inline';
import { rectsOf, termAt } from './hit-test';
import { PageHighlights, type TermOccurrence } from './page-highlights';
import { PageScanner } from './page-scanner';
import { listenToPointer } from './pointer-triggers';
import { Scheduler } from './scheduler';
import { TextBlocks } from './text-blocks';
import { TermTooltip, UI_HOST_NAME } from './tooltip';

export class Explainer {
  private readonly abort = new AbortController();
  private readonly scheduler = new Scheduler();
  private readonly highlights = new PageHighlights();
  private readonly styleSheet = new CSSStyleSheet();
  private readonly shadowRoots: ShadowRoot[] = [];
  private readonly tooltip: TermTooltip;
  private readonly scanner: PageScanner;
  private shown: TermOccurrence | null = null;

  constructor(
    ctx: ContentScriptContext,
    private readonly doc: Document,
    private settings: Settings,
  ) {
    this.styleSheet.replaceSync(highlightsCss);
    this.tooltip = new TermTooltip(ctx, {
      onOpenOverview: (id) => void sendToBackground('open-overview', { id }),
      onClose: () => {
        this.shown = null;
      },
    });
    const isOwnUi = (node: Node) => node instanceof Element && node.localName === UI_HOST_NAME;
    const blocks = new TextBlocks(isOwnUi);
    this.scanner = new PageScanner({
      doc,
      blocks,
      matcher: glossaryMatcher(),
      highlights: this.highlights,
      scheduler: this.scheduler,
      isOwnUi: (node) => isOwnUi(node) || this.tooltip.isHost(node),
      onShadowRoot: (root) => this.adoptStyles(root),
    });
  }

  /** Starts highlighting; `onReady` runs after the first full pass over the page. */
  start(onReady: () => void): void {
    this.applySettings(this.settings);
    this.scanner.start(onReady);
    listenToPointer(
      this.doc,
      {
        termAt: (x, y) => termAt(this.doc, this.highlights, x, y, this.shadowRoots),
        termAtCaret: (node, offset) => this.highlights.at(node, offset),
        open: (occurrence) => this.openCard(occurrence, false),
        close: () => this.tooltip.close(),
        shown: () => this.shown,
        isPinned: () => this.tooltip.isPinned,
        isInCard: (event) => this.tooltip.contains(event),
        hoverDelayMs: () => this.settings.hoverDelayMs,
      },
      this.abort.signal,
    );
    const listen = { passive: true, capture: true, signal: this.abort.signal } as const;
    this.doc.addEventListener('scroll', () => this.tooltip.reposition(), listen);
    this.doc.defaultView?.addEventListener('resize', () => this.tooltip.reposition(), listen);
    this.doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape' || !this.tooltip.isOpen) return;
        event.stopPropagation();
        this.tooltip.close();
      },
      { capture: true, signal: this.abort.signal },
    );
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.highlights.show(`medterm-${settings.highlightStyle}`);
  }

  /** Reads the whole page again (after a single-page app navigates). */
  rescan(): void {
    this.scanner.rescanAll();
  }

  stop(): void {
    this.abort.abort();
    this.scheduler.stop();
    this.scanner.stop();
    this.highlights.clear();
    this.tooltip.destroy();
    for (const root of this.shadowRoots) {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.styleSheet);
    }
    this.shadowRoots.length = 0;
  }

  /** How many distinct terms the page shows. */
  distinctTermCount(): number {
    const entries = new Set<number>();
    for (const { entry } of this.highlights.occurrences()) entries.add(entry);
    return entries.size;
  }

  private openCard(occurrence: TermOccurrence, focus: boolean): void {
    const entry: CompiledEntry | undefined = entryAt(occurrence.entry);
    if (!entry) return;
    this.shown = occurrence;
    void this.tooltip.open({ entry, anchor: () => anchorRect(this.doc, occurrence.range), focus });
  }

  private adoptStyles(root: ShadowRoot): void {
    this.shadowRoots.push(root);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.styleSheet];
  }
}

/** The rectangle a card hangs from: the first line of the term's text. */
function anchorRect(doc: Document, range: StaticRange): DOMRect {
  return rectsOf(doc, range)[0] ?? new DOMRect();
}
