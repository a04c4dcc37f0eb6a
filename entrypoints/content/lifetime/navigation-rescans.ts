/**
 * A single-page app that navigates gets its page read again, but at most
 * once per MIN_RESCAN_GAP_MS however often the address changes: a page that
 * calls history.pushState in a loop costs one rescan per gap, not one per
 * call. The address is compared when `check` runs (on the content script's
 * validity interval) instead of on WXT's `wxt:locationchange`, a DOM event
 * any page can dispatch to force full rescans.
 */
import type { ScriptLifetime } from './script-lifetime';

export const MIN_RESCAN_GAP_MS = 3_000;

export class NavigationRescans {
  private lastRescan = Number.NEGATIVE_INFINITY;
  private pending = false;

  constructor(
    private readonly lifetime: Pick<ScriptLifetime, 'setTimeout'>,
    private lastUrl: string,
    private readonly rescan: () => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Rescans (now or after the gap) when `url` differs from the last address seen. */
  check(url: string): void {
    if (url === this.lastUrl) return;
    this.lastUrl = url;
    if (this.pending) return;
    this.pending = true;
    const wait = Math.max(0, this.lastRescan + MIN_RESCAN_GAP_MS - this.now());
    this.lifetime.setTimeout(() => {
      this.pending = false;
      this.lastRescan = this.now();
      this.rescan();
    }, wait);
  }
}
