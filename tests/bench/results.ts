/** What a bench run measures, as written to bench-results/bench.json. */

import type { CompetitorName, MeasuredCompetitor } from './competitors';
import type { ExtensionLoad } from './extension-run';
import type { HeapUsage } from './heap';
import type { HoverResult, IncrementalResult } from './interactions';
import type { PageSpec } from './page-generator';

export interface PageInfo extends PageSpec {
  /** Text characters the generator wrote. */
  readonly generatedChars: number;
  readonly htmlBytes: number;
}

export type CompetitorRuns =
  | { readonly runs: readonly MeasuredCompetitor[] }
  | { readonly skipped: string; readonly estimateCpuMs: number | null }
  /** It threw (e.g. the renderer crashed); the estimate scales its time on the next smaller page. */
  | { readonly failed: string; readonly estimateCpuMs: number | null };

export interface PageMeasurements {
  readonly page: PageInfo;
  readonly extension: readonly ExtensionLoad[];
  /** The same page, loaded in the browser without the extension, after a GC. */
  readonly heapWithout: HeapUsage;
  readonly competitors: Readonly<Partial<Record<CompetitorName, CompetitorRuns>>>;
}

export interface Measurements {
  readonly meta: {
    readonly date: string;
    readonly chromium: string;
    readonly node: string;
    readonly cpus: number;
    readonly loadAverage: readonly number[];
    readonly runs: number;
    readonly capMs: number;
    readonly glossaryEntries: number;
    readonly glossaryForms: number;
    readonly cpuProfiler: boolean;
  };
  readonly pages: readonly PageMeasurements[];
  readonly incremental: Readonly<Record<string, IncrementalResult>>;
  readonly hover: Readonly<Record<string, HoverResult>>;
}
