/**
 * What the bench's in-page bundle (in-page/entry.ts, built into an IIFE and
 * added with addScriptTag) offers the runner through `window.medtermBench`.
 * Every competitor times its own synchronous work with performance.now().
 */

export interface CompetitorResult {
  /** Main-thread time of the competitor's own work, in milliseconds. */
  readonly ms: number;
  /** Matches found (or marked) before it finished or hit the cap. */
  readonly matches: number;
  /** Ranges registered in CSS.highlights (0 for competitors that register none). */
  readonly highlights: number;
  /** False when it stopped at the cap before doing every form. */
  readonly finished: boolean;
  readonly formsDone: number;
  readonly formsTotal: number;
  /** Compiling the project's matcher (limits only; not part of `ms`). */
  readonly compileMs?: number;
}

export interface LimitInput {
  /** Forms of each glossary entry, as the extension compiles them. */
  readonly formsPerEntry: readonly (readonly string[])[];
}

export interface CappedInput {
  /** Every form of every entry, one search each. */
  readonly forms: readonly string[];
  /** Stop between two forms once this much time is spent. */
  readonly capMs: number;
}

/**
 * Each competitor does its timed work in one task of its own: a MessagePort
 * callback with this name, so a trace of the tab also shows that work's
 * exact wall and thread (CPU) time.
 */
export const WORK_FUNCTION_NAME = 'medtermBenchWork';

export interface BenchApi {
  /** One TreeWalker pass over the text nodes with the project's matcher; no ranges. Compiling the matcher is not timed. */
  scanLimit(input: LimitInput): Promise<CompetitorResult>;
  /** The same pass, registering every match as a StaticRange in one Highlight. */
  registerLimit(input: LimitInput): Promise<CompetitorResult>;
  /** A naive highlighter: one walk over the page per form, lower-casing and searching each text node. */
  naive(input: CappedInput): Promise<CompetitorResult>;
  /** mark.js 8 (its script must already be on the page), whole words, case-insensitive. */
  markJs(input: CappedInput): Promise<CompetitorResult>;
}

export const BENCH_GLOBAL = 'medtermBench';
