/**
 * The extension on one page: load it in the extension's browser while
 * tracing the tab, wait for the ready mark, then read the script time the
 * trace attributes to the extension, the highlights and the heap. The page
 * stays open for the interaction measurements.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { highlightCount } from '../contract/page-contract';
import { type Attribution, attributeExtension, rendererMainThread, type ThreadId } from './attribution';
import { type HeapUsage, heapAfterGc } from './heap';
import { type MainThreadWork, otherWorkDuring } from './main-thread';
import { readyTiming, waitForReadyMarks } from './page-probes';
import { CPU_PROFILER_CATEGORY, startTrace, TRACE_CATEGORIES, type TraceEvent } from './trace';

export interface ExtensionLoad {
  /** domInteractive → medterm:ready, wall clock, ms. */
  readonly readyMs: number;
  readonly script: Attribution;
  /** Script time per trigger (MessagePort message, microtasks, script evaluation…), ms. */
  readonly byTrigger: Readonly<Record<string, number>>;
  readonly highlights: number;
  readonly heap: HeapUsage;
  /** The tab's other main-thread work (rendering) between the first and the last extension slice. */
  readonly otherWork: MainThreadWork;
}

export interface OpenExtensionPage {
  readonly page: Page;
  readonly session: CDPSession;
  readonly thread: ThreadId;
  readonly load: ExtensionLoad;
  /** The load's trace, kept only when asked for (profiles). */
  readonly events: readonly TraceEvent[] | null;
}

export interface LoadOptions {
  /** Adds V8's sampler to the trace: tells whose microtasks ran, and gives profiles, at some cost in speed. */
  readonly cpuProfile: boolean;
  readonly keepEvents: boolean;
  readonly timeoutMs: number;
}

export function groupByTrigger(script: Attribution): Record<string, number> {
  const groups: Record<string, number> = {};
  for (const slice of script.slices) {
    const key = slice.event === 'FunctionCall' ? `${slice.trigger} → ${slice.detail || 'function'}` : slice.event;
    groups[key] = (groups[key] ?? 0) + slice.ms;
  }
  return groups;
}

export async function loadWithExtension(
  context: BrowserContext,
  url: string,
  options: LoadOptions,
): Promise<OpenExtensionPage> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  const recording = await startTrace(
    session,
    options.cpuProfile ? [...TRACE_CATEGORIES, CPU_PROFILER_CATEGORY] : TRACE_CATEGORIES,
  );
  // A 5 MB page on a busy machine can take longer to load than Playwright's default 30 s.
  const response = await page.goto(url, { timeout: options.timeoutMs });
  if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'}`);
  await waitForReadyMarks(page, options.timeoutMs);
  const events = await recording.stop();
  const thread = rendererMainThread(events, url);
  // The bench pages have no scripts: a top-level microtask run there is the extension's.
  const script = attributeExtension(events, thread, { ownerlessMicrotasks: 'extension' });
  const timing = await readyTiming(page);
  // Every frame's highlights: the ad-frames page has marks in its frames too.
  const highlights = (await Promise.all(page.frames().map(highlightCount))).reduce((sum, count) => sum + count, 0);
  const heap = await heapAfterGc(session);
  return {
    page,
    session,
    thread,
    events: options.keepEvents ? events : null,
    load: {
      readyMs: timing.ready - timing.domInteractive,
      script,
      byTrigger: groupByTrigger(script),
      highlights,
      heap,
      otherWork: otherWorkDuring(events, thread, script.slices),
    },
  };
}
