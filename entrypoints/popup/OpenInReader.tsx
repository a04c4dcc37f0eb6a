import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isPdfAddress, openReader } from '../../utils/reader-address';
import { closePopup } from './browser-actions';

interface PdfTab {
  readonly id: number;
  readonly index: number;
  readonly url: string;
}

/**
 * The active tab when it shows a PDF: a .pdf address, or a document of the
 * PDF type whatever its address. The address is known through activeTab once
 * the popup opens; the type is asked of the tab itself.
 */
function usePdfTab(): PdfTab | null {
  const [tab, setTab] = useState<PdfTab | null>(null);
  useEffect(() => {
    void findPdfTab().then(setTab);
  }, []);
  return tab;
}

async function findPdfTab(): Promise<PdfTab | null> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id === undefined) return null;
  if (isPdfAddress(active.url)) return { id: active.id, index: active.index, url: active.url };
  try {
    const [shown] = await browser.scripting.executeScript({
      target: { tabId: active.id },
      func: () => ({ url: location.href, type: document.contentType }),
    });
    const { url, type } = (shown?.result ?? {}) as { url?: string; type?: string };
    const isPdf = isPdfAddress(url) || (type === 'application/pdf' && /^https?:/.test(url ?? ''));
    return isPdf && url ? { id: active.id, index: active.index, url } : null;
  } catch {
    // Browser pages, the web store and other tabs no extension may read.
    return null;
  }
}

/** "Open in MedTerm reader", offered when the active tab shows a PDF (the browser's viewer lets no extension read it). */
export function OpenInReader() {
  const tab = usePdfTab();
  if (!tab) return null;
  return (
    <div class="notice open-in-reader">
      <p>This tab shows a PDF. Open it in the MedTerm reader to see its terms explained.</p>
      <button
        type="button"
        class="primary-button"
        onClick={async () => {
          await openReader(tab.url, tab);
          await closePopup();
        }}
      >
        Open in MedTerm reader
      </button>
    </div>
  );
}
