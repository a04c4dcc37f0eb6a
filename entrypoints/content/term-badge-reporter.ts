/** Tells the background which entries this frame shows (for the toolbar badge), when that changes. */
import { entryIdAt } from '../../glossary/runtime/bundled';
import { sendToBackground } from '../../utils/messages';
import type { PageHighlights } from './highlights/page-highlights';
import type { ScriptLifetime } from './lifetime/script-lifetime';

/** Quiet time after the page's last change before the badge is updated. */
const REPORT_DELAY_MS = 500;

export class TermBadgeReporter {
  private timer = 0;
  private reported = '';

  constructor(
    private readonly ctx: ScriptLifetime,
    private readonly highlights: PageHighlights,
  ) {}

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = this.ctx.setTimeout(() => this.report(), REPORT_DELAY_MS);
  }

  /** Stops reporting and clears this frame's count. */
  stop(): void {
    clearTimeout(this.timer);
    if (this.reported !== '') void this.send([]);
  }

  private report(): void {
    const ids = this.highlights
      .distinctEntries()
      .flatMap((index) => entryIdAt(index) ?? [])
      .sort();
    const key = ids.join(' ');
    if (key === this.reported) return;
    this.reported = key;
    void this.send(ids);
  }

  private async send(ids: readonly string[]): Promise<void> {
    try {
      await sendToBackground('page-terms-found', { ids });
    } catch {
      // The background may be restarting (the next change reports again) or the extension gone.
    }
  }
}
