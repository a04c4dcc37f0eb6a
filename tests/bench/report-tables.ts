/** The tables printed at the end of a bench run, from the measurements and their summary. */
import { COMPETITORS } from './competitors';
import type { HeapUsage } from './heap';
import { checkTargets, type PageSummary, pair, ratioText, type Summary, summarizePage } from './report';
import type { Measurements } from './results';
import { medianRun } from './stats';
import { type Cell, formatNumber, renderTable } from './table';

const MB = 1024 * 1024;

function heapText(heap: HeapUsage): string {
  return `${formatNumber(heap.jsBytes / MB)} + ${formatNumber(heap.embedderBytes / MB)}`;
}

function firstPassTable(measurements: Measurements, pages: readonly PageSummary[]): string {
  const rows: Cell[][] = [];
  measurements.pages.forEach((page, index) => {
    const summary = pages[index];
    if (!summary) return;
    const middle = medianRun(page.extension, (load) => load.script.totalCpuMs);
    rows.push([
      summary.page,
      `${formatNumber(summary.textChars / 1e6)} MB`,
      summary.readyMs,
      pair(summary.scriptMs, summary.scriptCpuMs),
      pair(summary.startupMs, summary.startupCpuMs),
      pair(summary.longestMs, summary.longestCpuMs),
      summary.gcMs,
      summary.otherMainThreadMs,
      summary.highlights,
      heapText(middle.heap),
      heapText(page.heapWithout),
      summary.heapOverheadMB,
    ]);
  });
  return renderTable(
    `First pass of the extension (median of ${measurements.meta.runs} loads; ms, as wall / CPU where paired)`,
    [
      'page',
      'text',
      'ready',
      'script',
      'of it start-up',
      'longest slice',
      'GC in slices',
      'rendering meanwhile',
      'highlights',
      'heap with, MB JS + DOM',
      'heap without',
      'overhead MB',
    ],
    rows,
  );
}

function comparisonTable(pages: readonly PageSummary[]): string {
  const text = (page: PageSummary, name: string) => page.competitors[name]?.text ?? '–';
  return renderTable(
    'Versus the limits and other highlighters (main-thread ms, wall / CPU; ratios on CPU time)',
    [
      'page',
      'extension',
      'scan limit',
      'scan+register',
      'the same, isolated world',
      'naive',
      'mark.js',
      'ext÷scan',
      'ext÷scan+reg',
      'ext÷isolated',
      'naive÷ext',
      'mark.js÷ext',
    ],
    pages.map((page) => [
      page.page,
      pair(page.scriptMs, page.scriptCpuMs),
      text(page, 'scanLimit'),
      text(page, 'registerLimit'),
      text(page, 'isolatedRegisterLimit'),
      text(page, 'naive'),
      text(page, 'markJs'),
      ratioText(page.ratios.extensionOverScanLimit),
      ratioText(page.ratios.extensionOverRegisterLimit),
      ratioText(page.ratios.extensionOverIsolatedRegisterLimit),
      ratioText(page.ratios.naiveOverExtension),
      ratioText(page.ratios.markJsOverExtension),
    ]),
  );
}

function matchesTable(pages: readonly PageSummary[]): string {
  return renderTable(
    'Matches (the extension joins text across inline elements and stops at 30,000; the others read single text nodes)',
    ['page', 'extension highlights', 'scan limit', 'scan+register', 'isolated', 'naive', 'mark.js'],
    pages.map((page) => [
      page.page,
      page.highlights,
      ...COMPETITORS.map((name) => page.competitors[name]?.matches ?? '–'),
    ]),
  );
}

function interactionsTable(measurements: Measurements): string {
  const rows: Cell[][] = [
    ...Object.entries(measurements.incremental).map(([name, result]): Cell[] => [
      `append a 3-term paragraph (${name})`,
      pair(result.script.totalMs, result.script.totalCpuMs),
      result.script.longestMs,
      result.script.slices.length,
      result.highlighted
        ? `highlighted, seen after ${formatNumber(result.waitedMs)} ms`
        : `NOT highlighted (${result.termsFound}/3 terms; ${result.highlightsBefore} highlights before)`,
    ]),
    ...Object.entries(measurements.hover).map(([name, result]): Cell[] => [
      `${result.moves} pointer moves over terms (${name})`,
      pair(result.script.totalMs, result.script.totalCpuMs),
      result.script.longestMs,
      result.script.slices.length,
      `${pair(result.perMoveMs, result.perMoveCpuMs)} ms per move; ${result.hitTests} hit tests of ${formatNumber(result.perHitTestMs)} ms`,
    ]),
  ];
  return renderTable(
    'Interactions on a ready page (extension script, ms, wall / CPU)',
    ['what', 'total', 'longest', 'slices', 'result'],
    rows,
  );
}

/** Prints the tables and returns the summary that goes into bench.json. */
export function printReport(measurements: Measurements): Summary {
  const pages = measurements.pages.map((page) => summarizePage(page, measurements.meta.capMs));
  const targets = checkTargets(measurements, pages);
  const { meta } = measurements;
  const busy = (meta.loadAverage[0] ?? 0) > meta.cpus;
  const header = [
    `Chromium ${meta.chromium}, ${meta.cpus} CPUs, load average ${meta.loadAverage.map((load) => load.toFixed(1)).join(' ')}`,
    `${meta.glossaryEntries} entries, ${meta.glossaryForms} forms; cap ${formatNumber(meta.capMs / 1000)} s`,
    busy ? 'The machine was busy: wall times are inflated; compare the CPU (thread) times.' : '',
  ]
    .filter((line) => line !== '')
    .join('\n');
  const tables = [
    header,
    firstPassTable(measurements, pages),
    comparisonTable(pages),
    matchesTable(pages),
    interactionsTable(measurements),
    renderTable(
      'Targets (reported, not asserted)',
      ['target', 'measured', 'met'],
      targets.map((check) => [check.target, check.value, check.met === null ? '?' : check.met ? 'yes' : 'NO']),
    ),
  ];
  console.log(tables.join('\n\n'));
  return { pages, targets };
}
