/**
 * The renderer's heap after a full garbage collection, through the DevTools
 * protocol. Runtime.getHeapUsage covers the whole isolate: the page's world
 * and every content script's isolated world, plus (as embedder heap) Blink's
 * garbage-collected objects such as DOM nodes and StaticRanges.
 */
import type { CDPSession } from '@playwright/test';

export interface HeapUsage {
  /** V8's JavaScript heap in use, bytes. */
  readonly jsBytes: number;
  /** Blink's garbage-collected (Oilpan) heap in use, bytes: DOM nodes, ranges, highlights. */
  readonly embedderBytes: number;
  /** Array buffers and external strings, bytes. */
  readonly backingBytes: number;
}

export function totalBytes(heap: HeapUsage): number {
  return heap.jsBytes + heap.embedderBytes + heap.backingBytes;
}

export async function heapAfterGc(session: CDPSession): Promise<HeapUsage> {
  await session.send('HeapProfiler.enable');
  // Twice: the first collection can leave objects that only the second finds unreachable (weak maps, finalizers).
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.disable');
  const usage = await session.send('Runtime.getHeapUsage');
  return {
    jsBytes: usage.usedSize,
    embedderBytes: usage.embedderHeapUsedSize ?? 0,
    backingBytes: usage.backingStorageSize ?? 0,
  };
}
