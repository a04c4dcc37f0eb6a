/**
 * The comparison scripts, each on a fresh load of the page in the browser
 * without the extension: the scan and scan + register limits, a naive
 * highlighter and mark.js. They time their own work in the page. The scan +
 * register limit runs a second time in an isolated world, where a content
 * script runs: there every DOM object a script touches gets a wrapper of its
 * own, which is part of any extension's cost.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';
import { BENCH_GLOBAL, type BenchApi, type CompetitorResult, WORK_FUNCTION_NAME } from './in-page/api';
import { startTrace, type TraceEvent } from './trace';

export const COMPETITORS = ['scanLimit', 'registerLimit', 'isolatedRegisterLimit', 'naive', 'markJs'] as const;
export type CompetitorName = (typeof COMPETITORS)[number];

export interface CompetitorInputs {
  /** The in-page bundle (see bundle.ts). */
  readonly bundlePath: string;
  readonly formsPerEntry: readonly (readonly string[])[];
  readonly capMs: number;
}

/** A competitor's result with its work task as the trace saw it. */
export interface MeasuredCompetitor extends CompetitorResult {
  /** Wall time of the work task in the trace, ms (≈ `ms`, which the page measured itself). */
  readonly traceMs: number;
  /** Thread (CPU) time of the same task, ms: what it cost the main thread, whatever else the machine did. */
  readonly cpuMs: number;
}

/** Only what is needed to find the work task. */
const COMPETITOR_TRACE_CATEGORIES = ['devtools.timeline', '__metadata'];

export const MARK_JS_PATH = createRequire(import.meta.url).resolve('mark.js/dist/mark.js');

/** A 5 MB page on a busy machine can take longer to load than Playwright's default 30 s. */
const LOAD_TIMEOUT_MS = 180_000;

/** Loads the page and lets it lay out, so a competitor's time is its own work. */
export async function openSettled(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'}`);
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
  return page;
}

export async function runCompetitor(
  context: BrowserContext,
  url: string,
  name: CompetitorName,
  inputs: CompetitorInputs,
): Promise<MeasuredCompetitor> {
  const page = await openSettled(context, url);
  try {
    if (name === 'isolatedRegisterLimit') return await registerInIsolatedWorld(context, page, inputs);
    if (name === 'markJs') await page.addScriptTag({ path: MARK_JS_PATH });
    await page.addScriptTag({ path: inputs.bundlePath });
    const forms = inputs.formsPerEntry.flat();
    const recording = await startTrace(await context.newCDPSession(page), COMPETITOR_TRACE_CATEGORIES);
    const result = await page.evaluate(
      ({ name, global, formsPerEntry, forms, capMs }) => {
        const api = (globalThis as unknown as Record<string, BenchApi | undefined>)[global];
        if (!api) throw new Error('The bench bundle is not on the page');
        switch (name) {
          case 'scanLimit':
            return api.scanLimit({ formsPerEntry });
          case 'registerLimit':
            return api.registerLimit({ formsPerEntry });
          case 'naive':
            return api.naive({ forms, capMs });
          case 'markJs':
            return api.markJs({ forms, capMs });
        }
      },
      { name, global: BENCH_GLOBAL, formsPerEntry: inputs.formsPerEntry, forms, capMs: inputs.capMs },
    );
    return { ...result, ...workTask(await recording.stop()) };
  } finally {
    await page.close();
  }
}

/** The scan + register limit in an isolated world of the page, as a content script would run it. */
async function registerInIsolatedWorld(
  context: BrowserContext,
  page: Page,
  inputs: CompetitorInputs,
): Promise<MeasuredCompetitor> {
  const session = await context.newCDPSession(page);
  const { frameTree } = await session.send('Page.getFrameTree');
  const { executionContextId: contextId } = await session.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'medterm-bench-limit',
  });
  const evaluate = async (expression: string): Promise<unknown> => {
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      expression,
      contextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`In the isolated world: ${exceptionDetails.exception?.description}`);
    return result.value;
  };
  await evaluate(readFileSync(inputs.bundlePath, 'utf8'));
  const recording = await startTrace(session, COMPETITOR_TRACE_CATEGORIES);
  const call = `${BENCH_GLOBAL}.registerLimit(${JSON.stringify({ formsPerEntry: inputs.formsPerEntry })})`;
  const result = (await evaluate(call)) as CompetitorResult;
  return { ...result, ...workTask(await recording.stop()) };
}

function workTask(events: readonly TraceEvent[]): { traceMs: number; cpuMs: number } {
  const tasks = events.filter((event) => {
    const data = event.args?.data;
    return (
      event.name === 'FunctionCall' &&
      typeof data === 'object' &&
      data !== null &&
      'functionName' in data &&
      data.functionName === WORK_FUNCTION_NAME
    );
  });
  const [task, ...others] = tasks;
  if (!task || others.length > 0)
    throw new Error(`Expected one ${WORK_FUNCTION_NAME} task in the trace, found ${tasks.length}`);
  const traceMs = (task.dur ?? 0) / 1000;
  return { traceMs, cpuMs: task.tdur !== undefined ? task.tdur / 1000 : traceMs };
}
