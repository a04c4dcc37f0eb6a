/**
 * `npm run bench`: builds the extension, generates the article pages and, in
 * one run of Debian's Chromium, measures the extension side by side with the
 * scan and scan + register limits, a naive highlighter and mark.js; then the
 * work for an appended paragraph and for pointer moves. Prints the tables
 * and writes bench-results/bench.json. Targets are reported, never asserted.
 *
 * Options: --runs N (repeats of the extension and the limits, default 3),
 * --cap MS (per competitor, default 120000), --skip-build, --quick (100 KB
 * and 1 MB only), --only NAME (one page, e.g. frames), --cpu-profile (V8
 * sampler in the load traces: attributes the extension's promise
 * continuations too, at some cost in speed).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadGlossary } from '../../glossary/authoring/load';
import { EXTENSION_DIR } from '../../scripts/chromium';
import { serveDirectory } from '../../scripts/static-server';
import { launchBrowsers } from './browsers';
import { buildInPageBundle } from './bundle';
import { COMPETITORS, type CompetitorName, type MeasuredCompetitor, openSettled, runCompetitor } from './competitors';
import { type ExtensionLoad, loadWithExtension, type OpenExtensionPage } from './extension-run';
import { heapAfterGc } from './heap';
import { appendParagraph, type HoverResult, hoverOverTerms, type IncrementalResult } from './interactions';
import { printReport } from './report-tables';
import type { CompetitorRuns, Measurements, PageMeasurements } from './results';
import { buildExtension, log, OUT_DIR, PAGES, PAGES_DIR, writePages } from './setup';

const READY_TIMEOUT_MS = 180_000;
const INCREMENTAL_TIMEOUT_MS = 3_000;
const HOVER_MOVES = 200;

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    cap: { type: 'string', default: '120000' },
    'skip-build': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'cpu-profile': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(options.runs));
const CAP_MS = Math.max(1_000, Number(options.cap));
const CPU_PROFILE = options['cpu-profile'];

/** What to do with a slow competitor on a bigger page, from its result on a smaller dense one. */
function skipReason(earlier: CompetitorRuns | undefined, factor: number): CompetitorRuns | null {
  if (!earlier || !('runs' in earlier)) return null;
  const run = earlier.runs[0];
  if (!run || run.finished) return null;
  const estimate = run.formsDone > 0 ? (run.cpuMs * run.formsTotal) / run.formsDone : null;
  return {
    skipped: `did not finish within the cap on a page ${factor}× smaller`,
    estimateCpuMs: estimate === null ? null : estimate * factor,
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!options['skip-build']) buildExtension();
  const pages = writePages(
    PAGES.filter((spec) =>
      options.only
        ? spec.name === options.only
        : !options.quick || (spec.textChars <= 1_000_000 && spec.density === 'dense'),
    ),
  );
  const glossary = loadGlossary();
  const formsPerEntry = glossary.entries.map((entry) => entry.forms);
  const bundlePath = await buildInPageBundle(join(OUT_DIR, 'in-page.js'));
  const server = await serveDirectory(PAGES_DIR);
  const browsers = await launchBrowsers(EXTENSION_DIR);
  const urlOf = (name: string) => `${server.origin}/${name}.html`;
  const inputs = { bundlePath, formsPerEntry, capMs: CAP_MS };
  const measured: PageMeasurements[] = [];
  const incremental: Record<string, IncrementalResult> = {};
  const hover: Record<string, HoverResult> = {};
  try {
    const loadOptions = { cpuProfile: CPU_PROFILE, keepEvents: false, timeoutMs: READY_TIMEOUT_MS };
    // Warm-up: the browsers' caches and the extension's code cache, as for a reader who has browsed before.
    const warm = pages[0];
    if (warm) {
      await (await loadWithExtension(browsers.withExtension.context, urlOf(warm.name), loadOptions)).page.close();
      await runCompetitor(browsers.plain, urlOf(warm.name), 'scanLimit', inputs);
    }
    for (const page of pages) {
      const url = urlOf(page.name);
      const extension: ExtensionLoad[] = [];
      let kept: OpenExtensionPage | null = null;
      for (let run = 0; run < RUNS; run++) {
        const open = await loadWithExtension(browsers.withExtension.context, url, loadOptions);
        extension.push(open.load);
        log(
          `${page.name}: extension run ${run + 1}: ready ${open.load.readyMs.toFixed(0)} ms, script ${open.load.script.totalMs.toFixed(1)} ms, ${open.load.highlights} highlights`,
        );
        if (kept) await kept.page.close();
        kept = open;
      }
      if (kept && (page.name === '5mb' || page.name === '1mb')) {
        incremental[page.name] = await appendParagraph(kept, INCREMENTAL_TIMEOUT_MS);
        log(`${page.name}: appended paragraph: ${JSON.stringify(incremental[page.name]?.script.totalMs)} ms`);
      }
      if (kept && page.name === '1mb') {
        hover[page.name] = await hoverOverTerms(kept, HOVER_MOVES);
        log(`${page.name}: hover: ${hover[page.name]?.perMoveMs.toFixed(3)} ms per move`);
      }
      await kept?.page.close();

      const plainPage = await openSettled(browsers.plain, url);
      const heapWithout = await heapAfterGc(await browsers.plain.newCDPSession(plainPage));
      await plainPage.close();

      const competitors: Partial<Record<CompetitorName, CompetitorRuns>> = {};
      // The competitors read the top document only; on a page with frames they would not compare.
      const competing = page.adFrames ? [] : COMPETITORS;
      const smaller = measured
        .filter((earlier) => earlier.page.density === page.density && earlier.page.textChars < page.textChars)
        .at(-1);
      for (const name of competing) {
        const skip = smaller ? skipReason(smaller.competitors[name], page.textChars / smaller.page.textChars) : null;
        if (skip) {
          competitors[name] = skip;
          log(`${page.name}: ${name} skipped: ${'skipped' in skip ? skip.skipped : ''}`);
          continue;
        }
        const runs: MeasuredCompetitor[] = [];
        const count = name === 'naive' || name === 'markJs' ? 1 : RUNS;
        try {
          for (let run = 0; run < count; run++) {
            const result = await runCompetitor(browsers.plain, url, name, inputs);
            runs.push(result);
            const capped = result.finished ? '' : ` (cap, ${result.formsDone}/${result.formsTotal} forms)`;
            log(`${page.name}: ${name}: ${result.ms.toFixed(1)} ms, CPU ${result.cpuMs.toFixed(1)} ms${capped}`);
          }
          competitors[name] = { runs };
        } catch (error) {
          // Seen: Chromium 156's renderer crashes after about 1.2e8 TreeWalker steps in one page (naive, 5 MB).
          const failed = error instanceof Error ? (error.message.split('\n')[0] ?? 'failed') : String(error);
          const earlier = smaller?.competitors[name];
          const base = earlier && 'runs' in earlier ? earlier.runs[0] : undefined;
          const factor = smaller ? page.textChars / smaller.page.textChars : 1;
          competitors[name] = { failed, estimateCpuMs: base?.finished ? base.cpuMs * factor : null };
          log(`${page.name}: ${name} failed: ${failed}`);
        }
      }
      measured.push({ page, extension, heapWithout, competitors });
    }
  } finally {
    await browsers.close();
    await server.close();
  }
  const measurements: Measurements = {
    meta: {
      date: new Date().toISOString(),
      chromium: browsers.version,
      node: process.version,
      cpus: cpus().length,
      loadAverage: loadavg(),
      runs: RUNS,
      capMs: CAP_MS,
      glossaryEntries: glossary.entries.length,
      glossaryForms: formsPerEntry.flat().length,
      cpuProfiler: CPU_PROFILE,
    },
    pages: measured,
    incremental,
    hover,
  };
  const summary = printReport(measurements);
  const jsonPath = join(OUT_DIR, 'bench.json');
  writeFileSync(jsonPath, `${JSON.stringify({ ...measurements, summary }, null, 2)}\n`);
  log(`wrote ${jsonPath} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

if (options.profile) {
  const { profileExtension } = await import('./profile-run');
  await profileExtension({ skipBuild: options['skip-build'], only: options.only });
} else {
  await main();
}
