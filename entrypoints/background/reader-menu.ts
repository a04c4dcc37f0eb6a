/**
 * "Open in MedTerm reader" in the context menu and as a keyboard command: on
 * a tab that shows a PDF (the click or the keys grant activeTab, so the
 * reader reads the bytes inside that tab) and on a link to a PDF (the reader
 * fetches the link's address).
 */
import { type Browser, browser } from 'wxt/browser';
import { pdfShownIn } from '../../utils/pdf-tab';
import { isPdfAddress, openReader } from '../../utils/reader-address';

const PAGE_MENU_ID = 'medterm-open-pdf-in-reader';
const LINK_MENU_ID = 'medterm-open-pdf-link-in-reader';
const PDF_PATTERNS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*'];
const TITLE = 'Open in MedTerm reader';

export function createReaderMenu(): void {
  browser.contextMenus.create({
    id: PAGE_MENU_ID,
    title: TITLE,
    contexts: ['page'],
    documentUrlPatterns: PDF_PATTERNS,
  });
  browser.contextMenus.create({ id: LINK_MENU_ID, title: TITLE, contexts: ['link'], targetUrlPatterns: PDF_PATTERNS });
}

export function listenToReaderMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => void openFromMenu(info, tab));
}

/** Opens the reader for a click on one of its menu items (other items are left alone). */
export async function openFromMenu(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  const beside = tab ? { index: tab.index } : undefined;
  if (info.menuItemId === LINK_MENU_ID && isPdfAddress(info.linkUrl)) await openReader(info.linkUrl, beside);
  if (info.menuItemId === PAGE_MENU_ID && tab?.id !== undefined && isPdfAddress(info.pageUrl)) {
    await openReader(info.pageUrl, { id: tab.id, index: tab.index });
  }
}

/** The keyboard command: opens the tab's PDF in the reader; a tab that shows no PDF is left alone. */
export async function openTabInReader(tab: Browser.tabs.Tab): Promise<void> {
  const pdf = await pdfShownIn(tab);
  if (pdf) await openReader(pdf.url, pdf);
}
