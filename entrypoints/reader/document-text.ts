/** Whether a PDF has any text at all (a scanned paper is only pictures of pages). */
import type { PDFDocumentProxy } from 'pdfjs-dist';

export async function hasAnyText(pdf: PDFDocumentProxy): Promise<boolean> {
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    if (content.items.some((item) => 'str' in item && item.str.trim().length > 0)) return true;
  }
  return false;
}
