/**
 * One open PDF: its pages (page-stack.ts), the marks on them
 * (reader-marks.ts) and the cards (reader-cards.ts), with the reader's
 * settings. Marks `medterm:ready` once the first page in view is marked.
 * destroy() undoes everything it started.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { glossary } from '../../glossary/runtime/bundled';
import { DEFAULT_SETTINGS, loadSettings, type Settings, watchSettings } from '../../utils/settings';
import type { CardOpener } from '../content/card/card-opener';
import type { SavedFrom } from '../content/card/card-request';
import { Scheduler } from '../content/reading/scheduler';
import { countDocumentTerms, type DocumentTermCount } from './document-terms';
import { PageEdgeStore } from './page-edge-store';
import { PageStack } from './page-stack';
import { CSS_UNITS } from './page-view';
import { readerCards } from './reader-cards';
import { ReaderMarks } from './reader-marks';

export const READY_MARK = 'medterm:ready';
export const ZOOM_STEPS = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;
/** Room left beside a page fitted to the width, in CSS pixels. */
const FIT_MARGIN = 32;

export interface SessionEvents {
  readonly onPage: (number: number) => void;
  readonly onZoom: (scale: number) => void;
}

export class ReaderSession {
  readonly stack: PageStack;
  readonly marks: ReaderMarks;
  readonly cards: CardOpener;
  private readonly abort = new AbortController();
  private readonly counting = new Scheduler();
  private readonly edges: PageEdgeStore;
  private settings: Settings = DEFAULT_SETTINGS;
  private ready = false;
  private counted: Promise<DocumentTermCount> | null = null;
  /** Pages someone waits to see marked (reveal). */
  private readonly waiting = new Map<HTMLElement, () => void>();
  /** Resolves once a page is marked or a render failed: counting the whole document waits for it. */
  private firstPageSettled: () => void = () => {};
  private readonly firstPage = new Promise<void>((resolve) => {
    this.firstPageSettled = resolve;
  });

  private constructor(
    private readonly container: HTMLElement,
    private readonly pageWidth: number,
    private readonly pdf: PDFDocumentProxy,
    size: { width: number; height: number },
    private readonly events: SessionEvents,
    savedFrom: SavedFrom,
  ) {
    const doc = container.ownerDocument;
    this.edges = new PageEdgeStore(pdf);
    this.marks = new ReaderMarks((page) => this.pageMarked(page), this.edges);
    this.cards = readerCards(doc, this.marks, () => this.settings, savedFrom, this.abort.signal);
    this.stack = new PageStack(pdf, container, size, this.fitWidthScale(), {
      onRendered: (page, text) => this.marks.markPage(page.element, text),
      onReleased: (page) => this.marks.dropPage(page.element),
      onCurrentPage: (number) => events.onPage(number),
      onRenderFailed: () => this.firstPageSettled(),
    });
    events.onZoom(this.stack.zoom);
  }

  /** `savedFrom`: the PDF's title and address, kept with words saved from its cards. */
  static async open(
    container: HTMLElement,
    pdf: PDFDocumentProxy,
    events: SessionEvents,
    savedFrom: SavedFrom,
  ): Promise<ReaderSession> {
    const first = await pdf.getPage(1);
    const { width, height } = first.getViewport({ scale: 1 });
    const session = new ReaderSession(container, width, pdf, { width, height }, events, savedFrom);
    session.applySettings(await loadSettings());
    const unwatch = watchSettings((settings) => session.applySettings(settings));
    session.abort.signal.addEventListener('abort', unwatch);
    return session;
  }

  zoomTo(scale: number): void {
    this.stack.setZoom(scale);
    this.events.onZoom(scale);
  }

  /** The next zoom step up (1) or down (-1). */
  zoomBy(direction: 1 | -1): void {
    const current = this.stack.zoom;
    const steps =
      direction > 0
        ? ZOOM_STEPS.filter((step) => step > current + 0.001)
        : ZOOM_STEPS.filter((step) => step < current - 0.001);
    const next = direction > 0 ? steps[0] : steps.at(-1);
    if (next !== undefined) this.zoomTo(next);
  }

  fitToWidth(): void {
    this.zoomTo(this.fitWidthScale());
  }

  /**
   * Every page's terms, counted once the first page is marked (so the pdf.js
   * worker reads the other pages' text only after the first page's).
   */
  documentTerms(): Promise<DocumentTermCount> {
    this.counted ??= this.firstPage.then(() =>
      countDocumentTerms(this.pdf.numPages, this.edges, this.counting, this.abort.signal),
    );
    return this.counted;
  }

  /** Shows an entry's first occurrence in the document with its card; false when the document lacks it. */
  async reveal(id: string): Promise<boolean> {
    const entry = glossary.entries.findIndex((candidate) => candidate.id === id);
    const found = (await this.documentTerms()).terms.find((term) => term.entry === entry);
    const page = found && this.stack.pages[found.page - 1];
    if (!page) return false;
    page.element.scrollIntoView({ block: 'start' });
    if (page.element.dataset.marked === undefined) {
      await new Promise<void>((resolve) => this.waiting.set(page.element, resolve));
    }
    return this.cards.reveal(id);
  }

  destroy(): void {
    this.abort.abort();
    this.counting.stop();
    this.stack.destroy();
    this.marks.stop();
  }

  private applySettings(settings: Settings): void {
    this.settings = settings;
    this.marks.show(settings.highlightStyle);
  }

  private fitWidthScale(): number {
    const room = this.container.clientWidth - FIT_MARGIN;
    return Math.max(ZOOM_STEPS[0], Math.min(ZOOM_STEPS.at(-1) ?? 3, room / (this.pageWidth * CSS_UNITS)));
  }

  private pageMarked(page: HTMLElement): void {
    this.waiting.get(page)?.();
    this.waiting.delete(page);
    this.firstPageSettled();
    if (this.ready) return;
    void this.documentTerms().catch(() => null);
    const box = page.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= (page.ownerDocument.defaultView?.innerHeight ?? 0)) return;
    this.ready = true;
    performance.mark(READY_MARK);
  }
}
