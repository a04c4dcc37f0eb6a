import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type PdfTab, pdfShownIn } from '../../utils/pdf-tab';
import { openReader } from '../../utils/reader-address';
import { closePopup } from './browser-actions';

/** The active tab when it shows a PDF (its address is known through activeTab once the popup opens). */
function usePdfTab(): PdfTab | null {
  const [tab, setTab] = useState<PdfTab | null>(null);
  useEffect(() => {
    void findPdfTab().then(setTab);
  }, []);
  return tab;
}

async function findPdfTab(): Promise<PdfTab | null> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active ? pdfShownIn(active) : null;
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
