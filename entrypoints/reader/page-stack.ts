/**
 * The document's pages, one box each, rendered lazily: an IntersectionObserver
 * says which boxes are in (or near) the view, those are rendered one at a
 * time, the ones in view first, and at most MAX_RENDERED pages stay rendered
 * (those farthest from the view are released first). Zooming lays the boxes
 * out again and renders what is in view at the new size.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { PageView, type RenderedText } from './page-view';

/** Rendered pages kept at most (canvases are the memory a long document costs). */
export const MAX_RENDERED = 8;
/** Pages this close to the view (CSS pixels) are rendered before they scroll in. */
const PRELOAD_MARGIN = '600px 0px';

export interface PageStackEvents {
  /** A page's canvas and text layer are on screen. */
  readonly onRendered: (page: PageView, text: RenderedText) => void;
  /** A page's text layer is gone (released or rendered again). */
  readonly onReleased: (page: PageView) => void;
  /** The page most in view changed. */
  readonly onCurrentPage: (number: number) => void;
  /** A page could not be rendered (broken, or cancelled by a release or a zoom). */
  readonly onRenderFailed: () => void;
}

export class PageStack {
  readonly pages: PageView[];
  private readonly near = new Set<PageView>();
  private readonly visible = new Map<PageView, number>();
  private readonly rendered: PageView[] = [];
  private readonly observer: IntersectionObserver;
  private rendering = false;
  private current = 1;
  private readonly view: Window;

  constructor(
    private readonly pdf: PDFDocumentProxy,
    container: HTMLElement,
    firstPageSize: { width: number; height: number },
    private scale: number,
    private readonly events: PageStackEvents,
  ) {
    const doc = container.ownerDocument;
    this.view = doc.defaultView ?? window;
    this.pages = Array.from({ length: pdf.numPages }, (_, index) => new PageView(doc, index + 1, firstPageSize));
    for (const page of this.pages) page.layout(scale);
    container.replaceChildren(...this.pages.map((page) => page.element));
    const byElement = new Map(this.pages.map((page) => [page.element, page]));
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const page = byElement.get(entry.target as HTMLElement);
          if (!page) continue;
          if (entry.isIntersecting) this.near.add(page);
          else this.near.delete(page);
        }
        this.updateVisible();
        void this.renderNext();
      },
      { rootMargin: PRELOAD_MARGIN, threshold: [0, 0.25, 0.5, 0.75, 1] },
    );
    for (const page of this.pages) this.observer.observe(page.element);
  }

  get zoom(): number {
    return this.scale;
  }

  setZoom(scale: number): void {
    if (scale === this.scale) return;
    // The page in view stays in view, at the same share of its height.
    const anchor = this.pages[this.current - 1]?.element;
    const box = anchor?.getBoundingClientRect();
    const share = anchor && box ? -box.top / box.height : 0;
    this.scale = scale;
    for (const page of this.pages) page.layout(scale);
    if (anchor) this.view.scrollBy(0, anchor.getBoundingClientRect().top + share * anchor.offsetHeight);
    void this.renderNext();
  }

  scrollTo(number: number): void {
    this.pages[number - 1]?.element.scrollIntoView({ block: 'start' });
  }

  destroy(): void {
    this.observer.disconnect();
    for (const page of this.rendered) page.release();
  }

  private updateVisible(): void {
    const height = this.view.innerHeight;
    this.visible.clear();
    for (const page of this.near) {
      const box = page.element.getBoundingClientRect();
      const shown = Math.min(box.bottom, height) - Math.max(box.top, 0);
      if (shown > 0) this.visible.set(page, shown);
    }
    const [most] = [...this.visible].sort((a, b) => b[1] - a[1]);
    if (most && most[0].number !== this.current) {
      this.current = most[0].number;
      this.events.onCurrentPage(this.current);
    }
  }

  /** Renders the next page that needs it (in view first, then near), one at a time. */
  private async renderNext(): Promise<void> {
    if (this.rendering) return;
    const wanted = [...this.visible.keys(), ...this.near].find((page) => !page.isRenderedAt(this.scale));
    if (!wanted) return;
    this.rendering = true;
    try {
      if (wanted.text) this.events.onReleased(wanted);
      const text = await wanted.render(() => this.pdf.getPage(wanted.number), this.scale);
      this.remember(wanted);
      this.events.onRendered(wanted, text);
    } catch {
      // Cancelled (released or zoomed while rendering) or a broken page: the page stays an empty box.
      this.events.onRenderFailed();
    } finally {
      this.rendering = false;
    }
    void this.renderNext();
  }

  /** Keeps the page among the rendered ones, releasing those farthest from the current page. */
  private remember(page: PageView): void {
    const at = this.rendered.indexOf(page);
    if (at >= 0) this.rendered.splice(at, 1);
    this.rendered.push(page);
    if (this.rendered.length <= MAX_RENDERED) return;
    const farthest = [...this.rendered]
      .filter((other) => !this.near.has(other))
      .sort((a, b) => Math.abs(b.number - this.current) - Math.abs(a.number - this.current));
    for (const other of farthest.slice(0, this.rendered.length - MAX_RENDERED)) {
      this.rendered.splice(this.rendered.indexOf(other), 1);
      this.events.onReleased(other);
      other.release();
    }
  }
}
