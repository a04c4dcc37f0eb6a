/** The PDF reader's address for a PDF, and which web addresses are PDFs. */
import { browser } from 'wxt/browser';

/** The keyboard command (manifest `commands`) that opens the active tab's PDF in the reader. */
export const OPEN_IN_READER_COMMAND = 'open-in-reader';

/** A web address whose path names a PDF file ("…/paper.pdf", with any query or fragment). */
export function isPdfAddress(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol, pathname } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}

/**
 * How a page the auto-open rule sent to the reader names its PDF: the
 * address as it was, after this (a rule cannot encode it into a parameter).
 */
export const LINK_QUERY = '?link=';

/**
 * reader.html for a PDF: with `tabId`, the reader reads the bytes inside that
 * tab (its cookies apply); without, it fetches the address itself.
 */
export function readerAddress(file: string, tabId?: number): string {
  const query = new URLSearchParams({ file });
  if (tabId !== undefined) query.set('tab', String(tabId));
  return `${browser.runtime.getURL('/reader.html')}?${query}`;
}

/** Opens the reader for a PDF in a new tab beside `openerIndex`. */
export async function openReader(file: string, from?: { id?: number; index: number }): Promise<void> {
  await browser.tabs.create({
    url: readerAddress(file, from?.id),
    ...(from ? { index: from.index + 1 } : {}),
  });
}
