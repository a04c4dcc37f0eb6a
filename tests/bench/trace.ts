/**
 * Records a Chromium trace of one tab through the DevTools protocol (Tracing
 * domain) and hands back its events.
 */
import type { CDPSession } from '@playwright/test';

/** One trace event, as much of it as the bench reads. */
export interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  /** Phase: 'X' complete, 'B'/'E' begin/end, 'M' metadata, 'I'/'R'/… others. */
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  /** Microseconds. */
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time of a complete event, microseconds. */
  readonly tdur?: number;
  /** Ties a CPU profile's chunks to its 'Profile' event. */
  readonly id?: string;
  readonly args?: Readonly<Record<string, unknown>>;
}

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'v8.execute',
  'blink.user_timing',
  'loading',
  '__metadata',
];

/** Adds V8's sampling profiler: needed to tell whose microtasks a 'RunMicrotasks' event ran, and for profiles. */
export const CPU_PROFILER_CATEGORY = 'disabled-by-default-v8.cpu_profiler';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The event when `value` has the fields every trace event has. */
export function asTraceEvent(value: unknown): TraceEvent | null {
  if (!isRecord(value)) return null;
  const { name, cat, ph, pid, tid, ts, dur, tdur, id, args } = value;
  if (typeof name !== 'string' || typeof ph !== 'string' || typeof pid !== 'number' || typeof tid !== 'number') {
    return null;
  }
  return {
    name,
    cat: typeof cat === 'string' ? cat : '',
    ph,
    pid,
    tid,
    ts: typeof ts === 'number' ? ts : 0,
    ...(typeof dur === 'number' ? { dur } : {}),
    ...(typeof tdur === 'number' ? { tdur } : {}),
    ...(typeof id === 'string' ? { id } : {}),
    ...(isRecord(args) ? { args } : {}),
  };
}

export interface TraceRecording {
  /** Stops tracing and returns every event recorded. */
  stop(): Promise<TraceEvent[]>;
}

export async function startTrace(session: CDPSession, categories = TRACE_CATEGORIES): Promise<TraceRecording> {
  const events: TraceEvent[] = [];
  const collect = (payload: { value: readonly unknown[] }) => {
    for (const raw of payload.value) {
      const event = asTraceEvent(raw);
      if (event) events.push(event);
    }
  };
  session.on('Tracing.dataCollected', collect);
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: categories },
  });
  return {
    async stop() {
      const complete = new Promise<boolean>((resolve) => {
        session.once('Tracing.tracingComplete', ({ dataLossOccurred }) => resolve(dataLossOccurred));
      });
      await session.send('Tracing.end');
      const lost = await complete;
      session.off('Tracing.dataCollected', collect);
      if (lost) throw new Error('The trace lost data (its buffer overflowed): the attribution would be wrong');
      return events;
    },
  };
}
