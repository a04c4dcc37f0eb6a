/**
 * Where the extension's time goes, from the CPU samples of a trace: self
 * and total time per function, counting only samples inside the extension's
 * own slices (see attribution.ts).
 */
import type { ExtensionSlice } from './attribution';
import type { CpuFrame, CpuProfile } from './cpu-samples';

export interface FunctionTime {
  /** "name file:line:column", or a V8 pseudo-frame such as "(garbage collector)". */
  readonly name: string;
  /** Time with this function on top of the stack, ms. */
  readonly selfMs: number;
  /** Time with this function anywhere on the stack, ms. */
  readonly totalMs: number;
}

function nameOf(frame: CpuFrame): string {
  if (!frame.url) return frame.functionName || '(native)';
  const file = frame.url.slice(frame.url.lastIndexOf('/') + 1);
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
}

export function timeByFunction(profile: CpuProfile, slices: readonly ExtensionSlice[]): FunctionTime[] {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const slice of slices) {
    const fromUs = slice.start * 1000;
    for (const sample of profile.between(fromUs, fromUs + slice.ms * 1000)) {
      const stack = profile.stack(sample.node);
      const top = stack[0];
      if (!top) continue;
      const ms = sample.durUs / 1000;
      const topName = nameOf(top);
      self.set(topName, (self.get(topName) ?? 0) + ms);
      for (const name of new Set(stack.map(nameOf))) total.set(name, (total.get(name) ?? 0) + ms);
    }
  }
  return [...total.entries()]
    .map(([name, totalMs]) => ({ name, selfMs: self.get(name) ?? 0, totalMs }))
    .filter((entry) => entry.name !== '(root)')
    .sort((a, b) => b.selfMs - a.selfMs);
}
