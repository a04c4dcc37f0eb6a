/**
 * The overview opens in one tab: asked for again (the card's link, the
 * popup), the background focuses the overview tab already open and moves it
 * to the entry instead of opening another.
 */
import { browser } from 'wxt/browser';

interface OpenTab {
  readonly tabId: number;
  readonly windowId: number;
  readonly url: string;
}

/** Shows the overview, at an entry when given. */
export async function showOverview(id: string | null): Promise<void> {
  const page = browser.runtime.getURL('/overview.html');
  const url = id ? `${page}#${id}` : page;
  const open = await openOverviewTab(page);
  if (!open) {
    await browser.tabs.create({ url });
    return;
  }
  const moveTo = id && url !== open.url ? { url } : {};
  // Only the hash changes, so the overview follows it (hashchange) without reloading.
  await browser.tabs.update(open.tabId, { active: true, ...moveTo });
  // Firefox for Android has no windows API.
  if (browser.windows) await browser.windows.update(open.windowId, { focused: true });
}

async function openOverviewTab(page: string): Promise<OpenTab | undefined> {
  const contexts = await browser.runtime.getContexts({ contextTypes: ['TAB'] });
  const overview = contexts.find(
    (context) => context.documentUrl?.split('#')[0] === page && context.tabId >= 0 && context.windowId >= 0,
  );
  return overview && { tabId: overview.tabId, windowId: overview.windowId, url: overview.documentUrl ?? page };
}
