/**
 * Whether a tab shows a PDF: a .pdf address, or a document of the PDF type
 * whatever its address (asked of the tab itself, which needs activeTab or
 * the host's permission). The popup offers the reader for such a tab, and
 * the keyboard command opens it.
 */
import { type Browser, browser } from 'wxt/browser';
import { isPdfAddress } from './reader-address';

export interface PdfTab {
  readonly id: number;
  readonly index: number;
  readonly url: string;
}

export async function pdfShownIn(tab: Browser.tabs.Tab): Promise<PdfTab | null> {
  if (tab.id === undefined) return null;
  if (isPdfAddress(tab.url)) return { id: tab.id, index: tab.index, url: tab.url };
  try {
    const [shown] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => ({ url: location.href, type: document.contentType }),
    });
    const { url, type } = (shown?.result ?? {}) as { url?: string; type?: string };
    const isPdf = isPdfAddress(url) || (type === 'application/pdf' && /^https?:/.test(url ?? ''));
    return isPdf && url ? { id: tab.id, index: tab.index, url } : null;
  } catch {
    // Browser pages, the web store and other tabs no extension may read.
    return null;
  }
}
