/**
 * Small in-page reads the runner needs (each one page.evaluate): the ready
 * mark, the highlights registered under the extension's names, term
 * positions for the pointer.
 */
import type { Page } from '@playwright/test';

export const READY_MARK = 'medterm:ready';
/** Every highlight name the extension registers starts with this. */
export const HIGHLIGHT_PREFIX = 'medterm';

/**
 * Resolves once the ready mark is on the page's timeline: one observer
 * callback, not a polling loop, so almost no script of ours runs in the tab
 * while it is traced.
 */
export async function waitForReadyMark(page: Page, timeoutMs: number): Promise<void> {
  await page.evaluate(
    ({ mark, timeoutMs }) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No ${mark} mark after ${timeoutMs} ms`)), timeoutMs);
        const observer = new PerformanceObserver((list) => {
          if (list.getEntriesByName(mark).length === 0) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        });
        observer.observe({ type: 'mark', buffered: true });
      }),
    { mark: READY_MARK, timeoutMs },
  );
}

export interface ReadyTiming {
  /** performance.now() time of the navigation's domInteractive, ms. */
  readonly domInteractive: number;
  /** performance.now() time of the ready mark, ms. */
  readonly ready: number;
}

export async function readyTiming(page: Page): Promise<ReadyTiming> {
  return page.evaluate((mark) => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const ready = performance.getEntriesByName(mark)[0];
    if (!(navigation instanceof PerformanceNavigationTiming) || !ready) throw new Error('No navigation or ready entry');
    return { domInteractive: navigation.domInteractive, ready: ready.startTime };
  }, READY_MARK);
}

/** Ranges registered under the extension's highlight names. */
export async function highlightCount(page: Page): Promise<number> {
  return page.evaluate((prefix) => {
    let count = 0;
    for (const [name, highlight] of CSS.highlights) if (name.startsWith(prefix)) count += highlight.size;
    return count;
  }, HIGHLIGHT_PREFIX);
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Viewport points for a pointer path over highlighted text: the middle of
 * each term in view, each followed by a point on the plain text just before it.
 */
export async function termPointsInView(page: Page, limit: number): Promise<{ onTerm: Point[]; offTerm: Point[] }> {
  return page.evaluate(
    ({ prefix, limit }) => {
      const onTerm: { x: number; y: number }[] = [];
      const offTerm: { x: number; y: number }[] = [];
      const range = document.createRange();
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith(prefix)) continue;
        for (const value of highlight) {
          if (onTerm.length >= limit) break;
          if (!(value instanceof StaticRange)) continue;
          range.setStart(value.startContainer, value.startOffset);
          range.setEnd(value.endContainer, value.endOffset);
          const rect = range.getClientRects()[0];
          if (!rect || rect.top < 0 || rect.bottom > innerHeight || rect.left < 0 || rect.right > innerWidth) continue;
          onTerm.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
          offTerm.push({ x: Math.max(1, rect.left - 12), y: rect.top + rect.height / 2 });
        }
      }
      return { onTerm, offTerm };
    },
    { prefix: HIGHLIGHT_PREFIX, limit },
  );
}
