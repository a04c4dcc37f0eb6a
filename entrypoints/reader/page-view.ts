/**
 * One page of the PDF on screen: a box of the page's size that holds, once
 * rendered, the canvas and pdf.js's text layer (transparent text over the
 * canvas, which the browser selects and finds in, and which the marks are
 * drawn on). Released, the page keeps only its box.
 */
import { type PDFPageProxy, TextLayer } from 'pdfjs-dist';
import type { PlacedPiece } from './page-text';
import { textItems, textPieces } from './text-pieces';

/** pdf.js's CSS pixels per PDF point (96 / 72). */
export const CSS_UNITS = 96 / 72;

/** What a rendered page's text layer holds, for marking. */
export interface RenderedText {
  readonly layer: HTMLElement;
  readonly pieces: readonly PlacedPiece[];
}

export class PageView {
  readonly element: HTMLElement;
  private proxy: PDFPageProxy | null = null;
  private rendered: { readonly scale: number; readonly text: RenderedText; cancel(): void } | null = null;

  constructor(
    doc: Document,
    readonly number: number,
    private size: { width: number; height: number },
  ) {
    this.element = doc.createElement('div');
    this.element.className = 'page';
    this.element.dataset.page = String(number);
    this.element.setAttribute('role', 'region');
    this.element.setAttribute('aria-label', `Page ${number}`);
  }

  get text(): RenderedText | null {
    return this.rendered?.text ?? null;
  }

  isRenderedAt(scale: number): boolean {
    return this.rendered?.scale === scale;
  }

  /** Sizes the box for a zoom (CSS pixels per point / CSS_UNITS). */
  layout(scale: number): void {
    const { style } = this.element;
    style.width = `${Math.floor(this.size.width * scale * CSS_UNITS)}px`;
    style.height = `${Math.floor(this.size.height * scale * CSS_UNITS)}px`;
    style.setProperty('--scale-factor', String(scale * CSS_UNITS));
  }

  /** Draws the page and its text layer at a zoom; resolves with the text layer's pieces. */
  async render(load: () => Promise<PDFPageProxy>, scale: number): Promise<RenderedText> {
    this.release();
    this.proxy ??= await load();
    const viewport = this.proxy.getViewport({ scale: scale * CSS_UNITS });
    this.size = { width: viewport.width / (scale * CSS_UNITS), height: viewport.height / (scale * CSS_UNITS) };
    this.layout(scale);
    const doc = this.element.ownerDocument;
    const canvas = doc.createElement('canvas');
    const ratio = doc.defaultView?.devicePixelRatio ?? 1;
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.setAttribute('aria-hidden', 'true');
    const layer = doc.createElement('div');
    layer.className = 'textLayer';
    const task = this.proxy.render({
      canvas,
      viewport,
      transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
    });
    const content = await this.proxy.getTextContent();
    const textLayer = new TextLayer({ textContentSource: content, container: layer, viewport });
    const cancel = () => {
      task.cancel();
      textLayer.cancel();
    };
    const text: RenderedText = { layer, pieces: [] };
    this.rendered = { scale, text, cancel };
    await Promise.all([task.promise, textLayer.render()]);
    this.element.replaceChildren(canvas, layer);
    const divs = textLayer.textDivs;
    const pieces = textPieces(textItems(content), viewport, (index) => {
      const node = divs[index]?.firstChild;
      return node instanceof Text ? node : null;
    });
    this.rendered = { scale, text: { layer, pieces }, cancel };
    return this.rendered.text;
  }

  /** Drops the canvas and text layer (the page leaves the cache of rendered pages). */
  release(): void {
    this.rendered?.cancel();
    this.rendered = null;
    this.element.replaceChildren();
  }
}
