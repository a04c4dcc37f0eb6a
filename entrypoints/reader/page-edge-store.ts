/**
 * Every page's text edges (page-joins.ts), read once from pdf.js's text
 * (rendered or not) and kept, for the marks of the pages beside it. The
 * whole document's count reads every page's text through it too, so a page
 * is read once when both ask for it at the same time.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { edgesOf, NO_EDGES, type PageEdges } from './page-joins';
import { pageText } from './page-text';
import { textItems, textPieces } from './text-pieces';

export class PageEdgeStore {
  private readonly known = new Map<number, PageEdges>();
  private readonly reading = new Map<number, Promise<string>>();

  constructor(private readonly pdf: PDFDocumentProxy) {}

  /** A page's edges when known (pages beyond the document have none). */
  edges(number: number): PageEdges | undefined {
    if (number < 1 || number > this.pdf.numPages) return NO_EDGES;
    return this.known.get(number);
  }

  /** Keeps a page's edges from its text, unless they are known already. */
  remember(number: number, text: string): void {
    if (!this.known.has(number)) this.known.set(number, edgesOf(text));
  }

  /** A page's whole text in reading order; its edges are kept. */
  read(number: number): Promise<string> {
    let text = this.reading.get(number);
    if (!text) {
      text = this.load(number).finally(() => this.reading.delete(number));
      this.reading.set(number, text);
    }
    return text;
  }

  private async load(number: number): Promise<string> {
    const page = await this.pdf.getPage(number);
    const content = await page.getTextContent();
    const text = pageText(textPieces(textItems(content), page.getViewport({ scale: 1 }), () => true)).text;
    this.remember(number, text);
    return text;
  }
}
