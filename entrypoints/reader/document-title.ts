/** The document's title for the tab: its metadata title when it has a real one, else the file's name. */
import type { PDFDocumentProxy } from 'pdfjs-dist';

export async function documentTitle(pdf: PDFDocumentProxy, fallback: string): Promise<string> {
  try {
    const { info, metadata } = await pdf.getMetadata();
    const fromInfo = info && typeof info === 'object' && 'Title' in info ? info.Title : undefined;
    const title = metadata?.get('dc:title') ?? (typeof fromInfo === 'string' ? fromInfo : '');
    const trimmed = typeof title === 'string' ? title.trim() : '';
    // Tools often leave placeholders: "untitled", a word processor's draft name, the printed page's address.
    return trimmed && !/^(untitled|microsoft word|about:|https?:|file:)/i.test(trimmed) ? trimmed : fallback;
  } catch {
    return fallback;
  }
}
