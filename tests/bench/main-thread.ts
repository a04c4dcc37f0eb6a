/**
 * What else the tab's main thread did while the extension made its first
 * pass: on the bench's script-free pages that is rendering (style, layout,
 * pre-paint, paint, commit), most of it caused by the highlights changing
 * between the extension's slices.
 */
import type { ExtensionSlice, ThreadId } from './attribution';
import type { TraceEvent } from './trace';

/** Rendering steps worth naming in the breakdown. */
const NAMED = [
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'IntersectionObserverController::computeIntersections',
  'MinorGC',
  'MajorGC',
];

export interface MainThreadWork {
  /** From the first extension slice to the end of the last one, ms. */
  readonly windowMs: number;
  /** Main-thread busy time in the window outside the extension's slices, ms. */
  readonly otherMs: number;
  /** Of `otherMs`, per rendering step (outermost occurrences only), ms. */
  readonly byStep: Readonly<Record<string, number>>;
}

export function otherWorkDuring(
  events: readonly TraceEvent[],
  thread: ThreadId,
  slices: readonly ExtensionSlice[],
): MainThreadWork {
  const first = slices[0];
  const last = slices.at(-1);
  if (!first || !last) return { windowMs: 0, otherMs: 0, byStep: {} };
  const fromUs = first.start * 1000;
  const toUs = (last.start + last.ms) * 1000;
  const inside = (start: number, end: number) =>
    slices.some((slice) => start >= slice.start * 1000 && end <= (slice.start + slice.ms) * 1000 + 1);
  const complete = events
    .filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X')
    .filter((event) => event.ts >= fromUs && event.ts < toUs)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let busyUs = 0;
  let coveredUntil = -Infinity;
  const byStep: Record<string, number> = {};
  let stepUntil = -Infinity;
  for (const event of complete) {
    const end = event.ts + (event.dur ?? 0);
    if (event.ts >= coveredUntil) {
      busyUs += end - event.ts;
      coveredUntil = end;
    }
    if (NAMED.includes(event.name) && event.ts >= stepUntil && !inside(event.ts, end)) {
      byStep[event.name] = (byStep[event.name] ?? 0) + (end - event.ts) / 1000;
      stepUntil = end;
    }
  }
  const extensionUs = slices.reduce((sum, slice) => sum + slice.ms * 1000, 0);
  return { windowMs: (toUs - fromUs) / 1000, otherMs: Math.max(0, busyUs - extensionUs) / 1000, byStep };
}
