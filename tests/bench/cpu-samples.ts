/**
 * V8's sampling profiler as recorded in a trace ('Profile' + 'ProfileChunk'
 * events of the disabled-by-default-v8.cpu_profiler category): which code
 * ran when, on one renderer's main thread.
 */
import type { TraceEvent } from './trace';

export interface CpuFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}

export interface CpuSample {
  /** Trace clock, microseconds. */
  readonly ts: number;
  /** Time until the next sample (how long this one stands for), microseconds. */
  readonly durUs: number;
  readonly node: number;
}

interface ProfileNode {
  readonly parent: number | undefined;
  readonly frame: CpuFrame;
}

/** Pseudo-frames that are not JavaScript. */
const NOT_JS = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);
/** A gap longer than this between two samples is not counted as the earlier sample's time. */
const MAX_SAMPLE_US = 10_000;

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((item): item is number => typeof item === 'number') : [];
}

export class CpuProfile {
  /** Per URL prefix, per node: whether the node's stack holds code from that prefix. */
  private readonly fromMemo = new Map<string, Map<number, boolean>>();

  private constructor(
    private readonly nodes: ReadonlyMap<number, ProfileNode>,
    /** Sorted by time. */
    readonly samples: readonly CpuSample[],
  ) {}

  /** The profile of the main thread of process `pid`, or null when the trace has none. */
  static fromTrace(events: readonly TraceEvent[], pid: number, tid: number): CpuProfile | null {
    const head = events.find((event) => event.name === 'Profile' && event.pid === pid && event.tid === tid);
    if (!head) return null;
    const nodes = new Map<number, ProfileNode>();
    const raw: { ts: number; node: number }[] = [];
    let time = Number(record(record(head.args).data).startTime ?? head.ts);
    for (const event of events) {
      if (event.name !== 'ProfileChunk' || event.pid !== pid || event.id !== head.id) continue;
      const data = record(record(event.args).data);
      const profile = record(data.cpuProfile);
      for (const item of Array.isArray(profile.nodes) ? profile.nodes : []) {
        const node = record(item);
        const frame = record(node.callFrame);
        if (typeof node.id !== 'number') continue;
        nodes.set(node.id, {
          parent: typeof node.parent === 'number' ? node.parent : undefined,
          frame: {
            functionName: String(frame.functionName ?? ''),
            url: String(frame.url ?? ''),
            lineNumber: Number(frame.lineNumber ?? -1),
            columnNumber: Number(frame.columnNumber ?? -1),
          },
        });
      }
      const samples = numbers(profile.samples);
      const deltas = numbers(data.timeDeltas);
      samples.forEach((node, index) => {
        time += deltas[index] ?? 0;
        raw.push({ ts: time, node });
      });
    }
    raw.sort((a, b) => a.ts - b.ts);
    const samples = raw.map((sample, index) => {
      const next = raw[index + 1];
      const durUs = next ? Math.min(next.ts - sample.ts, MAX_SAMPLE_US) : 0;
      return { ...sample, durUs };
    });
    return new CpuProfile(nodes, samples);
  }

  /** Samples taken in [fromUs, toUs). */
  between(fromUs: number, toUs: number): CpuSample[] {
    let low = 0;
    let high = this.samples.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.samples[middle]?.ts ?? 0) < fromUs) low = middle + 1;
      else high = middle;
    }
    const found: CpuSample[] = [];
    for (let index = low; index < this.samples.length; index++) {
      const sample = this.samples[index];
      if (!sample || sample.ts >= toUs) break;
      found.push(sample);
    }
    return found;
  }

  /** The sampled frame itself (where the time was spent). */
  topFrame(node: number): CpuFrame | undefined {
    return this.nodes.get(node)?.frame;
  }

  isJavaScript(node: number): boolean {
    const frame = this.topFrame(node);
    return frame !== undefined && !NOT_JS.has(frame.functionName);
  }

  /** True when any frame on the sample's stack comes from a script whose URL starts with `prefix`. */
  ranCodeFrom(node: number, prefix: string): boolean {
    let memo = this.fromMemo.get(prefix);
    if (!memo) {
      memo = new Map();
      this.fromMemo.set(prefix, memo);
    }
    const known = memo.get(node);
    if (known !== undefined) return known;
    const entry = this.nodes.get(node);
    const result =
      entry !== undefined &&
      (entry.frame.url.startsWith(prefix) || (entry.parent !== undefined && this.ranCodeFrom(entry.parent, prefix)));
    memo.set(node, result);
    return result;
  }

  /** The sample's stack, innermost frame first. */
  stack(node: number): CpuFrame[] {
    const frames: CpuFrame[] = [];
    for (let entry = this.nodes.get(node); entry; entry = entry.parent ? this.nodes.get(entry.parent) : undefined) {
      frames.push(entry.frame);
    }
    return frames;
  }
}
