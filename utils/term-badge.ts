/** The toolbar badge: how many distinct glossary terms each tab shows, across its frames. */
import { browser } from 'wxt/browser';

const BADGE_COLOR = '#1f5f9e';

export class TermBadge {
  private readonly tabs = new Map<number, Map<number, ReadonlySet<string>>>();

  async update(tabId: number, frameId: number, ids: readonly string[]): Promise<void> {
    const frames = this.tabs.get(tabId) ?? new Map<number, ReadonlySet<string>>();
    // A new page in the top frame starts a new count for the tab.
    if (frameId === 0) frames.clear();
    frames.set(frameId, new Set(ids));
    this.tabs.set(tabId, frames);
    const distinct = new Set([...frames.values()].flatMap((set) => [...set]));
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await browser.action.setBadgeText({ tabId, text: distinct.size > 0 ? String(distinct.size) : '' });
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }
}
