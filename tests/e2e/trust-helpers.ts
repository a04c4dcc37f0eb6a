/**
 * Helpers for the trust specs: the highlights compared block by block with
 * what the page says it shows (data-terms), the extension's main-thread time
 * read from a Chromium trace, long tasks seen by the page itself, and a plain
 * Chromium (same binary and flags, no extension) to compare against.
 */
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { registeredRanges, spaced } from '../contract/page-contract';
import { CHROMIUM_PATH, QUIET_CHROMIUM_FLAGS } from './fixtures';

export interface BlockTerms {
  /** Per element with a data-terms attribute, in document order: the terms it says it shows. */
  readonly expected: string[][];
  /** Per such element: the texts of the medterm ranges that start inside it, in document order. */
  readonly actual: string[][];
  /** Per such element: its text, as the final DOM says it. */
  readonly texts: string[];
  /** Texts of medterm ranges that start in no such element. */
  readonly stray: string[];
}

/**
 * Compares the registered ranges (focus mark left out) with the page's own
 * account of its terms: every element holding terms lists them, in order, in
 * data-terms.
 */
export async function termsPerBlock(page: Page): Promise<BlockTerms> {
  const blocks = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-terms]')].map((block) => ({
      expected: JSON.parse(block.dataset.terms ?? '[]') as string[],
      text: block.textContent ?? '',
    })),
  );
  const ranges = await registeredRanges(page, { focus: false, within: '[data-terms]' });
  const actual = blocks.map((_, index) =>
    ranges.filter(({ valid, within }) => valid && within === index).map(({ text }) => spaced(text)),
  );
  const stray = ranges
    .filter(({ valid, within }) => !valid || within < 0)
    .map(({ valid, text }) => (valid ? text : `invalid range over "${text}"`));
  return {
    expected: blocks.map(({ expected }) => expected),
    actual,
    texts: blocks.map(({ text }) => spaced(text)),
    stray,
  };
}

/** One event of a Chromium trace, as far as these specs read it (instant events have no duration). */
interface TraceEvent {
  readonly name: string;
  /** Wall-clock start and duration, in microseconds. */
  readonly ts: number;
  readonly dur: number;
  /** Time the thread actually ran (excludes time the OS gave the CPU to other processes). */
  readonly tdur: number;
  readonly url: string;
}

function asTraceEvent(value: unknown): TraceEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const event = value as { name?: unknown; ph?: unknown; ts?: unknown; dur?: unknown; tdur?: unknown; args?: unknown };
  if ((event.ph !== 'X' && event.ph !== 'I') || typeof event.ts !== 'number') return null;
  const args = event.args as { data?: { url?: unknown } } | undefined;
  const url = typeof args?.data?.url === 'string' ? args.data.url : '';
  const dur = typeof event.dur === 'number' ? event.dur : 0;
  return { name: String(event.name), ts: event.ts, dur, tdur: typeof event.tdur === 'number' ? event.tdur : dur, url };
}

/** One outermost call into the extension's scripts, in the page's performance.now() time (ms). */
interface ScriptCall {
  readonly start: number;
  readonly end: number;
  /** Main-thread CPU time it took: what the extension cost the page, however busy the machine. */
  readonly cpu: number;
}

/** When, and for how much main-thread CPU time, the extension's scripts ran in the page. */
export interface ExtensionScripts {
  /** Outermost calls, in order. */
  readonly calls: readonly ScriptCall[];
  /** Their summed CPU time, in milliseconds. */
  readonly cpuMs: number;
}

/** The CPU time the extension's scripts took between two page times (calls cut by the window count in part). */
export function scriptTimeWithin(scripts: ExtensionScripts, start: number, end: number): number {
  let total = 0;
  for (const call of scripts.calls) {
    const overlap = Math.min(end, call.end) - Math.max(start, call.start);
    if (overlap > 0) total += call.end > call.start ? (call.cpu * overlap) / (call.end - call.start) : 0;
  }
  return total;
}

const SYNC_MARK = 'trust:trace-sync';

/**
 * Runs `action` under a Chromium trace (devtools.timeline) of `page`'s
 * renderer and returns when the extension's scripts ran on the main thread
 * and for how much CPU time: the outermost FunctionCall events whose script
 * is one of the extension's (MutationObserver callbacks, scheduler slices,
 * listeners, with the layout they force), nested calls counted once. CPU
 * (thread) time rather than wall time, so a machine busy with other work
 * does not inflate what the extension costs. A performance mark made at the
 * end of the trace maps trace time to the page's own clock. Tracing covers
 * navigations the action makes.
 */
export async function traceExtensionScripts(
  page: Page,
  extensionId: string,
  action: () => Promise<void>,
): Promise<ExtensionScripts> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const raw of value) {
      const event = asTraceEvent(raw);
      if (event) events.push(event);
    }
  });
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing'] },
    transferMode: 'ReportEvents',
  });
  let markedAt = 0;
  try {
    await action();
    // Marked last, in the document the page shows now (the action may have navigated).
    markedAt = await page.evaluate((name) => performance.mark(name).startTime, SYNC_MARK);
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  const sync = events.find(({ name }) => name === SYNC_MARK);
  if (!sync) throw new Error('The trace lacks the sync mark');
  const toPage = (ts: number) => ts / 1000 - (sync.ts / 1000 - markedAt);
  const ours = events
    .filter(({ name, url }) => name === 'FunctionCall' && url.startsWith(`chrome-extension://${extensionId}/`))
    .sort((a, b) => a.ts - b.ts);
  const calls: ScriptCall[] = [];
  let coveredUntil = Number.NEGATIVE_INFINITY;
  for (const { ts, dur, tdur } of ours) {
    // A call inside an earlier one (an event our own code dispatched) is already counted.
    if (ts + dur <= coveredUntil) continue;
    coveredUntil = ts + dur;
    calls.push({ start: toPage(ts), end: toPage(ts + dur), cpu: tdur / 1000 });
  }
  return { calls, cpuMs: calls.reduce((sum, { cpu }) => sum + cpu, 0) };
}

export interface LongTask {
  readonly start: number;
  readonly duration: number;
}

/**
 * The long tasks that are over `limitMs` because of the extension's scripts:
 * those that would not be over it without the CPU time its scripts took
 * inside them. A long task of the page's own, of the browser's layout and
 * paint, or of the OS running something else, does not count against it.
 */
export function longTasksOfTheExtension(
  tasks: readonly LongTask[],
  scripts: ExtensionScripts,
  limitMs: number,
): (LongTask & { extensionMs: number })[] {
  return tasks
    .map((task) => ({ ...task, extensionMs: scriptTimeWithin(scripts, task.start, task.start + task.duration) }))
    .filter(({ duration, extensionMs }) => duration > limitMs && duration - extensionMs <= limitMs);
}

/**
 * Starts recording, in the page's world, every long task (> 50 ms) from now
 * on; read them with longTasks(page).
 */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { start: number; duration: number }[] = [];
    Object.assign(window, { trustLongTasks: seen });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  });
}

export function longTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => window.trustLongTasks);
}

/** A Chromium without the extension (same binary and flags), for what a plain browser does. */
export async function launchPlain(): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_CHROMIUM_FLAGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return { browser, context };
}
