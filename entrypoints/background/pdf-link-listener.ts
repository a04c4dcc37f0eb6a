/**
 * The auto-open setting in Firefox (utils/pdf-links.ts), which has no
 * declarativeNetRequest condition on response headers: while the setting is
 * on, a blocking webRequest listener sees each page load's response headers
 * and sends a PDF (Content-Type application/pdf, whatever the address) to
 * the reader, which then fetches that one address itself. The listener is
 * there only while the setting is on, and reads nothing but that header.
 */
import { type Browser, browser } from 'wxt/browser';
import { LINK_QUERY } from '../../utils/reader-address';
import { loadSettings, watchSettings } from '../../utils/settings';

function toReader(details: Browser.webRequest.OnHeadersReceivedDetails): Browser.webRequest.BlockingResponse {
  const type = details.responseHeaders?.find(({ name }) => name.toLowerCase() === 'content-type')?.value ?? '';
  const isPdf = /^application\/pdf\s*(;|$)/i.test(type) && /^https?:/i.test(details.url);
  return isPdf ? { redirectUrl: `${browser.runtime.getURL('/reader.html')}${LINK_QUERY}${details.url}` } : {};
}

function listen(on: boolean): void {
  const events = browser.webRequest.onHeadersReceived;
  if (on && !events.hasListener(toReader)) {
    events.addListener(toReader, { urls: ['<all_urls>'], types: ['main_frame'] }, ['blocking', 'responseHeaders']);
  }
  if (!on) events.removeListener(toReader);
}

/** Keeps the listener in step with the setting. */
export function keepPdfLinkListener(): void {
  void loadSettings().then(({ openPdfLinks }) => listen(openPdfLinks));
  watchSettings(({ openPdfLinks }) => listen(openPdfLinks));
}
