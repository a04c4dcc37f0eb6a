/** Small browser requests the popup makes. */
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../utils/messages';

/** Opens the full overview in a tab, at an entry when given, and closes the popup. */
export async function openOverview(id: string | null): Promise<void> {
  await sendToBackground('open-overview', { id }).catch(() => null);
  await closePopup();
}

/** Closes the popup so the reader sees the page; does nothing when this page is open in a tab. */
export async function closePopup(): Promise<void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab === undefined) window.close();
}
