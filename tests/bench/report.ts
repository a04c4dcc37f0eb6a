/**
 * Measurements → the summary (medians, ratios, targets) and the tables
 * printed at the end of a run. Ratios use main-thread CPU (thread) time,
 * which other processes on a shared machine disturb far less than wall
 * time; both times are in the tables and in bench.json.
 */
import type { ExtensionSlice } from './attribution';
import type { MeasuredCompetitor } from './competitors';
import { totalBytes } from './heap';
import type { CompetitorRuns, Measurements, PageMeasurements } from './results';
import { median, medianRun } from './stats';
import { formatNumber } from './table';

const MB = 1024 * 1024;

export interface CompetitorSummary {
  /** Median wall time the page measured (performance.now()), or null when it did not finish. */
  readonly ms: number | null;
  /** Median main-thread CPU time of its work task, or null when it did not finish. */
  readonly cpuMs: number | null;
  /** A lower bound (it stopped at the cap) or an estimate (skipped), CPU ms, when `cpuMs` is null. */
  readonly atLeastCpuMs: number | null;
  readonly estimated: boolean;
  /** "306 / 181" (wall / CPU), "> 120 s (12/760 forms)" or "> 120 s (skipped, est. 500 s)". */
  readonly text: string;
  readonly matches: number | null;
}

/** A ratio; `kind` says whether the competitor's side was complete, a lower bound or an estimate. */
export interface Ratio {
  readonly value: number;
  readonly kind: 'exact' | 'at least' | 'estimate';
}

export interface Ratios {
  readonly extensionOverScanLimit: Ratio | null;
  readonly extensionOverRegisterLimit: Ratio | null;
  /** The same limit run in an isolated world, where content scripts run. */
  readonly extensionOverIsolatedRegisterLimit: Ratio | null;
  readonly naiveOverExtension: Ratio | null;
  readonly markJsOverExtension: Ratio | null;
}

export interface PageSummary {
  readonly page: string;
  readonly textChars: number;
  readonly readyMs: number;
  readonly scriptMs: number;
  readonly scriptCpuMs: number;
  /** Median over the loads of each load's longest slice, wall. */
  readonly longestMs: number;
  /** Median over the loads of each load's longest slice in CPU time. */
  readonly longestCpuMs: number;
  readonly layoutMs: number;
  readonly gcMs: number;
  readonly microtasksMs: number;
  /** Evaluating the content script and its start-up continuation (the fixed cost of every page), wall. */
  readonly startupMs: number;
  readonly startupCpuMs: number;
  /** The tab's other main-thread work (rendering) between the first and the last extension slice, wall ms. */
  readonly otherMainThreadMs: number;
  readonly highlights: number;
  readonly heapOverheadMB: number;
  readonly competitors: Readonly<Record<string, CompetitorSummary>>;
  /** On CPU time. */
  readonly ratios: Ratios;
}

export interface TargetCheck {
  readonly target: string;
  readonly value: string;
  readonly met: boolean | null;
}

export interface Summary {
  readonly pages: readonly PageSummary[];
  readonly targets: readonly TargetCheck[];
}

export function pair(wall: number, cpu: number): string {
  return `${formatNumber(wall)} / ${formatNumber(cpu)}`;
}

function summarizeCompetitor(entry: CompetitorRuns | undefined, capMs: number): CompetitorSummary {
  const cap = `> ${formatNumber(capMs / 1000)} s`;
  if (!entry) return { ms: null, cpuMs: null, atLeastCpuMs: null, estimated: false, text: '–', matches: null };
  if ('failed' in entry) {
    const estimate = entry.estimateCpuMs === null ? '' : `; est. ${formatNumber(entry.estimateCpuMs / 1000)} s CPU`;
    return {
      ms: null,
      cpuMs: null,
      atLeastCpuMs: entry.estimateCpuMs,
      estimated: true,
      text: `failed: ${entry.failed.replace(/^\S+: /, '')}${estimate}`,
      matches: null,
    };
  }
  if ('skipped' in entry) {
    const estimate = entry.estimateCpuMs === null ? '' : `, est. ${formatNumber(entry.estimateCpuMs / 1000)} s CPU`;
    return {
      ms: null,
      cpuMs: null,
      atLeastCpuMs: entry.estimateCpuMs,
      estimated: true,
      text: `${cap} (skipped${estimate})`,
      matches: null,
    };
  }
  const run: MeasuredCompetitor = medianRun(entry.runs, (result) => result.cpuMs);
  if (!run.finished) {
    return {
      ms: null,
      cpuMs: null,
      atLeastCpuMs: run.cpuMs,
      estimated: false,
      text: `${cap} (${run.formsDone}/${run.formsTotal} forms)`,
      matches: run.matches,
    };
  }
  const ms = median(entry.runs.map((result) => result.ms));
  const cpuMs = median(entry.runs.map((result) => result.cpuMs));
  return { ms, cpuMs, atLeastCpuMs: null, estimated: false, text: pair(ms, cpuMs), matches: run.matches };
}

function heapOverheadMB(page: PageMeasurements): number {
  const withExtension = median(page.extension.map((load) => totalBytes(load.heap)));
  return (withExtension - totalBytes(page.heapWithout)) / MB;
}

/** extension ÷ competitor (`extensionOver`) or competitor ÷ extension. */
function ratioWith(
  competitor: CompetitorSummary | undefined,
  extensionMs: number,
  extensionOver: boolean,
): Ratio | null {
  if (!competitor) return null;
  const time = competitor.cpuMs ?? competitor.atLeastCpuMs;
  if (time === null || time === 0 || extensionMs === 0) return null;
  const kind = competitor.cpuMs !== null ? 'exact' : competitor.estimated ? 'estimate' : 'at least';
  // A competitor that stopped at the cap took at least that long: the bound flips for extension ÷ competitor.
  if (extensionOver) return kind === 'exact' ? { value: extensionMs / time, kind } : null;
  return { value: time / extensionMs, kind };
}

const STARTUP_EVENTS = new Set(['EvaluateScript', 'RunMicrotasks']);

function startupOf(slices: readonly ExtensionSlice[], pick: (slice: ExtensionSlice) => number): number {
  return slices.reduce((sum, slice) => sum + (STARTUP_EVENTS.has(slice.event) ? pick(slice) : 0), 0);
}

export function summarizePage(page: PageMeasurements, capMs: number): PageSummary {
  const loads = page.extension;
  const middle = medianRun(loads, (load) => load.script.totalCpuMs);
  const competitors: Record<string, CompetitorSummary> = {};
  for (const [name, runs] of Object.entries(page.competitors)) competitors[name] = summarizeCompetitor(runs, capMs);
  const scriptCpuMs = median(loads.map((load) => load.script.totalCpuMs));
  return {
    page: page.page.name,
    textChars: page.page.generatedChars,
    readyMs: median(loads.map((load) => load.readyMs)),
    scriptMs: median(loads.map((load) => load.script.totalMs)),
    scriptCpuMs,
    longestMs: median(loads.map((load) => load.script.longestMs)),
    longestCpuMs: median(loads.map((load) => load.script.longestCpuMs)),
    layoutMs: middle.script.layoutMs,
    gcMs: middle.script.gcMs,
    microtasksMs: middle.script.microtasksMs,
    startupMs: median(loads.map((load) => startupOf(load.script.slices, (slice) => slice.ms))),
    startupCpuMs: median(loads.map((load) => startupOf(load.script.slices, (slice) => slice.cpuMs))),
    otherMainThreadMs: median(loads.map((load) => load.otherWork.otherMs)),
    highlights: middle.highlights,
    heapOverheadMB: heapOverheadMB(page),
    competitors,
    ratios: {
      extensionOverScanLimit: ratioWith(competitors.scanLimit, scriptCpuMs, true),
      extensionOverRegisterLimit: ratioWith(competitors.registerLimit, scriptCpuMs, true),
      extensionOverIsolatedRegisterLimit: ratioWith(competitors.isolatedRegisterLimit, scriptCpuMs, true),
      naiveOverExtension: ratioWith(competitors.naive, scriptCpuMs, false),
      markJsOverExtension: ratioWith(competitors.markJs, scriptCpuMs, false),
    },
  };
}

export function checkTargets(measurements: Measurements, pages: readonly PageSummary[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const byName = new Map(pages.map((page) => [page.page, page]));
  for (const name of ['1mb', '5mb']) {
    const ratio = byName.get(name)?.ratios.extensionOverRegisterLimit ?? null;
    checks.push({
      target: `${name}: extension script ≤ 1.5× scan + register limit (CPU)`,
      value: ratioText(ratio),
      met: ratio === null ? null : ratio.value <= 1.5,
    });
  }
  const frames = byName.get('frames');
  const tiny = byName.get('tiny');
  if (frames && tiny) {
    // The frames page is the tiny article with 20 ad frames beside it: the difference is what the frames cost.
    const framesCpu = frames.scriptCpuMs - tiny.scriptCpuMs;
    checks.push({
      target: 'frames: the 20 ad frames ≤ 30 ms of extension script (CPU, frames page − tiny page)',
      value: `${formatNumber(framesCpu)} ms (page ${formatNumber(frames.scriptCpuMs)} ms)`,
      met: framesCpu <= 30,
    });
  }
  const markJs = byName.get('1mb')?.ratios.markJsOverExtension ?? null;
  checks.push({
    target: '1mb: mark.js ≥ 100× the extension (CPU)',
    value: ratioText(markJs),
    met: markJs === null ? null : markJs.value >= 100 ? true : markJs.kind === 'exact' ? false : null,
  });
  const longest = Math.max(...pages.map((page) => page.longestMs));
  const longestCpu = Math.max(...pages.map((page) => page.longestCpuMs));
  checks.push({
    target: 'longest extension slice ≤ 50 ms (aim 16 ms), any page, wall (CPU)',
    value: `${formatNumber(longest)} ms (${formatNumber(longestCpu)} ms)`,
    met: longest <= 50,
  });
  for (const [name, result] of Object.entries(measurements.incremental)) {
    const note = result.highlighted ? '' : ` — terms NOT highlighted (${result.highlightsBefore} highlights before)`;
    checks.push({
      target: `${name}: appended paragraph ≤ 5 ms of extension work (CPU)`,
      value: `${formatNumber(result.script.totalCpuMs)} ms${note}`,
      met: result.highlighted && result.script.totalCpuMs <= 5,
    });
  }
  const fiveMb = byName.get('5mb');
  if (fiveMb) {
    checks.push({
      target: '5mb: heap overhead ≤ 30 MB',
      value: `${formatNumber(fiveMb.heapOverheadMB)} MB`,
      met: fiveMb.heapOverheadMB <= 30,
    });
  }
  for (const [name, result] of Object.entries(measurements.hover)) {
    checks.push({
      target: `${name}: hit-testing ≤ 1 ms per pointer move (CPU)`,
      value: `${formatNumber(result.perMoveCpuMs)} ms (wall ${formatNumber(result.perMoveMs)} ms)`,
      met: result.perMoveCpuMs <= 1,
    });
  }
  return checks;
}

export function ratioText(ratio: Ratio | null): string {
  if (!ratio) return '–';
  const prefix = ratio.kind === 'at least' ? '> ' : ratio.kind === 'estimate' ? '~ ' : '';
  return `${prefix}${formatNumber(ratio.value)}×`;
}
