/**
 * `npm run bench -- --profile`: where the extension's first pass spends its
 * time. Builds the extension without minifying (readable names), loads the
 * 1 MB, 5 MB and frames pages (or the one `--only` names) with V8's sampler in the trace, and prints self and
 * total time per function inside the extension's own slices, next to the
 * slices, GC and rendering figures. Writes bench-results/profile.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../../scripts/chromium';
import { serveDirectory } from '../../scripts/static-server';
import { CpuProfile } from './cpu-samples';
import { loadWithExtension } from './extension-run';
import { type FunctionTime, timeByFunction } from './profile';
import { buildExtension, log, OUT_DIR, PAGES, PAGES_DIR, ROOT, writePages } from './setup';
import { formatNumber, renderTable } from './table';
import { UNMINIFIED_OUT_DIR } from './wxt.unminified.config';

const PROFILED = ['1mb', '5mb', 'frames'];
const SHOWN = 25;

export async function profileExtension(options: { skipBuild: boolean; only: string | undefined }): Promise<void> {
  if (!options.skipBuild) buildExtension('tests/bench/wxt.unminified.config.ts');
  const profiled = options.only ? [options.only] : PROFILED;
  writePages(PAGES.filter((spec) => profiled.includes(spec.name) || spec.name === 'tiny'));
  const server = await serveDirectory(PAGES_DIR);
  const launched = await launchWithExtension({ extensionDir: join(ROOT, UNMINIFIED_OUT_DIR, 'chrome-mv3') });
  const results: Record<string, { summary: Record<string, number>; functions: FunctionTime[] }> = {};
  try {
    const loadOptions = { cpuProfile: true, keepEvents: true, timeoutMs: 180_000 };
    await (await loadWithExtension(launched.context, `${server.origin}/tiny.html`, loadOptions)).page.close();
    for (const name of profiled) {
      const open = await loadWithExtension(launched.context, `${server.origin}/${name}.html`, loadOptions);
      const profile = CpuProfile.fromTrace(open.events ?? [], open.thread.pid, open.thread.tid);
      await open.page.close();
      if (!profile) throw new Error('The trace holds no CPU profile');
      const { script, otherWork, readyMs, highlights } = open.load;
      const functions = timeByFunction(profile, script.slices);
      const summary = {
        readyMs,
        scriptMs: script.totalMs,
        scriptCpuMs: script.totalCpuMs,
        longestMs: script.longestMs,
        slices: script.slices.length,
        gcMs: script.gcMs,
        layoutMs: script.layoutMs,
        otherMainThreadMs: otherWork.otherMs,
        highlights,
      };
      results[name] = { summary, functions };
      console.log(
        `\n${name}: ${Object.entries(summary)
          .map(([key, value]) => `${key} ${formatNumber(value)}`)
          .join(', ')}`,
      );
      console.log(
        `rendering meanwhile: ${JSON.stringify(otherWork.byStep, (_, value) => (typeof value === 'number' ? Math.round(value) : value))}`,
      );
      console.log(
        renderTable(
          `${name}: time per function inside the extension's slices (sampled, ms, wall)`,
          ['self', 'total', 'function'],
          functions.slice(0, SHOWN).map((entry) => [entry.selfMs, entry.totalMs, entry.name]),
        ),
      );
    }
  } finally {
    await launched.close();
    await server.close();
  }
  const path = join(OUT_DIR, 'profile.json');
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${path}`);
}
