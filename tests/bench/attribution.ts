/**
 * Trace → the extension's own main-thread script time, exactly: the
 * script events (function calls, script evaluation, compiles…) of the tab's
 * renderer whose script URL or stack frames are the extension's. Events nest
 * (a FunctionCall inside an EventDispatch inside a RunTask); each extension
 * slice is counted once, at its outermost extension-attributed event.
 *
 * 'RunMicrotasks' carries no URL: the extension's promise continuations
 * (e.g. after an awaited storage read) run there, outside any other script
 * event. When the trace holds CPU samples, such a top-level RunMicrotasks
 * counts as the extension's when most of its JavaScript samples have an
 * extension frame on their stack. Without samples it is the caller's choice:
 * on a page with no scripts of its own they can only be the extension's (or
 * the runner's, which awaits nothing in the page while the trace runs).
 */
import { CpuProfile } from './cpu-samples';
import type { TraceEvent } from './trace';

export const EXTENSION_URL_PREFIX = 'chrome-extension://';

/** Events that run script (or compile it) for a script URL or a JavaScript stack. */
const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceCache',
  'v8.produceModuleCache',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
]);
const LAYOUT_EVENTS = new Set(['Layout', 'UpdateLayoutTree', 'HitTest']);
const GC_EVENTS = new Set(['MinorGC', 'MajorGC', 'BlinkGC.AtomicPhase']);

export interface ExtensionSlice {
  /** Trace clock, milliseconds. */
  readonly start: number;
  readonly ms: number;
  /** Thread (CPU) time of the same slice, when the trace has it (less disturbed by other processes). */
  readonly cpuMs: number;
  /** The outermost extension event: FunctionCall, EvaluateScript, RunMicrotasks… */
  readonly event: string;
  /** Its function name or event type, when the trace gives one. */
  readonly detail: string;
  /** How it was recognised as the extension's ('microtasks': a top-level microtask run on a script-free page). */
  readonly via: 'url' | 'stack' | 'samples' | 'microtasks';
  /** The nearest enclosing event that is not the extension's (RunTask, EventDispatch:pointermove…). */
  readonly trigger: string;
  /** Forced style, layout and hit-testing inside the slice. */
  readonly layoutMs: number;
  /** Garbage collection inside the slice. */
  readonly gcMs: number;
}

export interface Attribution {
  readonly slices: readonly ExtensionSlice[];
  readonly totalMs: number;
  readonly totalCpuMs: number;
  readonly longestMs: number;
  /** CPU time of the slice that took longest (wall). */
  readonly longestCpuMs: number;
  readonly layoutMs: number;
  readonly gcMs: number;
  /** Of `totalMs`, top-level microtask runs counted as the extension's (via 'samples' or 'microtasks'). */
  readonly microtasksMs: number;
  /** Top-level RunMicrotasks time not counted (others' code by the samples, or no rule to count it). */
  readonly unattributedMicrotasksMs: number;
}

export interface ThreadId {
  readonly pid: number;
  readonly tid: number;
}

interface Interval {
  readonly event: TraceEvent;
  readonly start: number;
  readonly end: number;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function dataOf(event: TraceEvent): Record<string, unknown> {
  const args = record(event.args);
  return record(args.data ?? args.beginData);
}

/** The main thread of the renderer that committed `url` (the last one, if it navigated more than once). */
export function rendererMainThread(events: readonly TraceEvent[], url: string): ThreadId {
  let pid: number | undefined;
  for (const event of events) {
    const data = dataOf(event);
    if (event.name === 'FrameCommittedInBrowser' && data.url === url && typeof data.processId === 'number') {
      pid = data.processId;
    }
    if (event.name === 'TracingStartedInBrowser') {
      for (const frame of Array.isArray(data.frames) ? data.frames : []) {
        const { url: frameUrl, processId } = record(frame);
        if (frameUrl === url && typeof processId === 'number') pid = processId;
      }
    }
  }
  if (pid === undefined) {
    const parse = events.find((event) => event.name === 'ParseHTML' && dataOf(event).url === url);
    pid = parse?.pid;
  }
  if (pid === undefined) throw new Error(`No renderer in the trace committed ${url}`);
  const main = events.find(
    (event) => event.pid === pid && event.name === 'thread_name' && record(event.args).name === 'CrRendererMain',
  );
  return { pid, tid: main?.tid ?? pid };
}

function scriptUrlOf(event: TraceEvent, prefix: string): 'url' | 'stack' | null {
  if (!SCRIPT_EVENTS.has(event.name)) return null;
  const data = dataOf(event);
  if (typeof data.url === 'string' && data.url.startsWith(prefix)) return 'url';
  const stack = Array.isArray(data.stackTrace) ? data.stackTrace : [];
  return stack.some((frame) => String(record(frame).url ?? '').startsWith(prefix)) ? 'stack' : null;
}

/** Complete ('X') and begin/end ('B'/'E') events of one thread as intervals, parents before children. */
function intervalsOf(events: readonly TraceEvent[], thread: ThreadId): Interval[] {
  const intervals: Interval[] = [];
  const open: TraceEvent[] = [];
  for (const event of events) {
    if (event.pid !== thread.pid || event.tid !== thread.tid) continue;
    if (event.ph === 'X') intervals.push({ event, start: event.ts, end: event.ts + (event.dur ?? 0) });
    else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E') {
      const begin = open.pop();
      if (begin) intervals.push({ event: begin, start: begin.ts, end: event.ts });
    }
  }
  return intervals.sort((a, b) => a.start - b.start || b.end - a.end);
}

export interface AttributionOptions {
  /** Only slices starting in [fromUs, toUs) of the trace clock. */
  readonly fromUs?: number;
  readonly toUs?: number;
  readonly urlPrefix?: string;
  /**
   * Without CPU samples: whether top-level RunMicrotasks count as the
   * extension's ('extension', for pages with no scripts of their own) or not.
   */
  readonly ownerlessMicrotasks?: 'extension' | 'unattributed';
}

export function attributeExtension(
  events: readonly TraceEvent[],
  thread: ThreadId,
  options: AttributionOptions = {},
): Attribution {
  const {
    fromUs = -Infinity,
    toUs = Infinity,
    urlPrefix = EXTENSION_URL_PREFIX,
    ownerlessMicrotasks = 'unattributed',
  } = options;
  const profile = CpuProfile.fromTrace(events, thread.pid, thread.tid);
  const slices: ExtensionSlice[] = [];
  let unattributedMicrotasksUs = 0;
  /** Open ancestors of the current event, with the slice they belong to (if any). */
  const stack: { interval: Interval; slice: MutableSlice | null }[] = [];
  for (const interval of intervalsOf(events, thread)) {
    while (stack.length > 0 && (stack.at(-1)?.interval.end ?? 0) <= interval.start) stack.pop();
    const parent = stack.at(-1);
    const owner = parent?.slice ?? null;
    const { event } = interval;
    if (owner) {
      const ms = (interval.end - interval.start) / 1000;
      if (LAYOUT_EVENTS.has(event.name) && !stack.some(({ interval: up }) => LAYOUT_EVENTS.has(up.event.name))) {
        owner.layoutMs += ms;
      }
      if (GC_EVENTS.has(event.name) && !stack.some(({ interval: up }) => GC_EVENTS.has(up.event.name))) {
        owner.gcMs += ms;
      }
      stack.push({ interval, slice: owner });
      continue;
    }
    let via: ExtensionSlice['via'] | null = scriptUrlOf(event, urlPrefix);
    if (!via && event.name === 'RunMicrotasks') {
      if (profile) via = mostlyFrom(profile, interval, urlPrefix) ? 'samples' : null;
      else if (ownerlessMicrotasks === 'extension') via = 'microtasks';
      const inWindow = interval.start >= fromUs && interval.start < toUs;
      if (!via && inWindow) unattributedMicrotasksUs += interval.end - interval.start;
    }
    if (!via || interval.start < fromUs || interval.start >= toUs) {
      stack.push({ interval, slice: null });
      continue;
    }
    const slice: MutableSlice = {
      start: interval.start / 1000,
      ms: (interval.end - interval.start) / 1000,
      cpuMs: (event.tdur ?? interval.end - interval.start) / 1000,
      event: event.name,
      detail: detailOf(event),
      via,
      trigger: triggerOf(stack.map(({ interval: up }) => up.event)),
      layoutMs: 0,
      gcMs: 0,
    };
    slices.push(slice);
    stack.push({ interval, slice });
  }
  const sum = (pick: (slice: ExtensionSlice) => number) => slices.reduce((total, slice) => total + pick(slice), 0);
  return {
    slices,
    totalMs: sum((slice) => slice.ms),
    totalCpuMs: sum((slice) => slice.cpuMs),
    microtasksMs: sum((slice) => (slice.event === 'RunMicrotasks' ? slice.ms : 0)),
    longestMs: slices.reduce((longest, slice) => Math.max(longest, slice.ms), 0),
    longestCpuMs: slices.reduce((longest, slice) => Math.max(longest, slice.cpuMs), 0),
    layoutMs: sum((slice) => slice.layoutMs),
    gcMs: sum((slice) => slice.gcMs),
    unattributedMicrotasksMs: unattributedMicrotasksUs / 1000,
  };
}

type MutableSlice = { -readonly [K in keyof ExtensionSlice]: ExtensionSlice[K] };

function mostlyFrom(profile: CpuProfile, interval: Interval, prefix: string): boolean {
  let script = 0;
  let ours = 0;
  for (const sample of profile.between(interval.start, interval.end)) {
    if (!profile.isJavaScript(sample.node)) continue;
    script++;
    if (profile.ranCodeFrom(sample.node, prefix)) ours++;
  }
  return ours > 0 && ours * 2 >= script;
}

function detailOf(event: TraceEvent): string {
  const data = dataOf(event);
  for (const key of ['functionName', 'type']) {
    const value = data[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return '';
}

function triggerOf(ancestors: readonly TraceEvent[]): string {
  for (let index = ancestors.length - 1; index >= 0; index--) {
    const event = ancestors[index];
    if (!event || event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') continue;
    const detail = detailOf(event);
    return detail ? `${event.name}:${detail}` : event.name;
  }
  return 'task';
}
