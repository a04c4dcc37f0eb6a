/**
 * Small in-page reads the runner needs: the ready mark and term positions
 * for the pointer (highlights are read through tests/contract/page-contract.ts).
 */
import type { Frame, Page } from '@playwright/test';
import { type Box, READY_MARK, readHighlights } from '../contract/page-contract';

/** Every highlight name the extension registers starts with this. */
export const HIGHLIGHT_PREFIX = 'medterm';

/**
 * Resolves once the ready mark is on the timeline of every frame of the
 * page: one observer callback per frame, not a polling loop, so almost no
 * script of ours runs in the tab while it is traced.
 */
export async function waitForReadyMarks(page: Page, timeoutMs: number): Promise<void> {
  await Promise.all(page.frames().map((frame) => waitForReadyMark(frame, timeoutMs)));
}

async function waitForReadyMark(frame: Frame, timeoutMs: number): Promise<void> {
  await frame.evaluate(
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

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Viewport points for a pointer path over highlighted text: the middle of
 * each term in view (reading order), each followed by a point on the plain
 * text just before it.
 */
export async function termPointsInView(page: Page, limit: number): Promise<{ onTerm: Point[]; offTerm: Point[] }> {
  const { ranges, viewport } = await readHighlights(page, { measure: true });
  const inView = ranges
    .map(({ lines: [first] }) => first)
    .filter(
      (rect): rect is Box =>
        rect !== undefined &&
        rect.x >= 0 &&
        rect.y >= 0 &&
        rect.x + rect.width <= viewport.width &&
        rect.y + rect.height <= viewport.height,
    )
    .slice(0, limit);
  return {
    onTerm: inView.map(({ x, y, width, height }) => ({ x: x + width / 2, y: y + height / 2 })),
    offTerm: inView.map(({ x, y, height }) => ({ x: Math.max(1, x - 12), y: y + height / 2 })),
  };
}
