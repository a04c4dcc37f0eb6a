/**
 * Work the extension does on a page that is already ready: reacting to a
 * paragraph the page appends, and hit-testing the pointer as it moves over
 * highlighted text. Both are read from a trace of the tab.
 */
import { type Attribution, attributeExtension } from './attribution';
import { groupByTrigger, type OpenExtensionPage } from './extension-run';
import { APPENDED_PARAGRAPH } from './page-generator';
import { HIGHLIGHT_PREFIX, type Point, termPointsInView } from './page-probes';
import { startTrace, TRACE_CATEGORIES } from './trace';

export interface IncrementalResult {
  /** Whether all of the paragraph's terms were highlighted before the timeout. */
  readonly highlighted: boolean;
  readonly termsFound: number;
  /** Wall time from the append to the terms' highlights, seen by polling (or the timeout). */
  readonly waitedMs: number;
  readonly script: Attribution;
  readonly byTrigger: Readonly<Record<string, number>>;
  /** Highlights on the page before the append (at the extension's cap, new terms get none). */
  readonly highlightsBefore: number;
}

export async function appendParagraph(open: OpenExtensionPage, timeoutMs: number): Promise<IncrementalResult> {
  const { page, session, thread } = open;
  const recording = await startTrace(session, TRACE_CATEGORIES);
  // No named functions in here: tsx would wrap them in a helper that the page does not have.
  const seen = await page.evaluate(
    ({ id, html, terms, prefix, timeoutMs }) => {
      let before = 0;
      for (const [name, highlight] of CSS.highlights) if (name.startsWith(prefix)) before += highlight.size;
      const paragraph = document.createElement('p');
      paragraph.id = id;
      paragraph.innerHTML = html;
      const start = performance.now();
      (document.querySelector('article') ?? document.body).append(paragraph);
      return new Promise<{ found: number; waitedMs: number; before: number }>((resolve) => {
        const timer = setInterval(() => {
          let found = 0;
          for (const [name, highlight] of CSS.highlights) {
            if (!name.startsWith(prefix)) continue;
            for (const range of highlight) if (paragraph.contains(range.startContainer)) found++;
          }
          const waitedMs = performance.now() - start;
          if (found < terms && waitedMs <= timeoutMs) return;
          clearInterval(timer);
          resolve({ found, waitedMs, before });
        }, 2);
      });
    },
    { ...APPENDED_PARAGRAPH, prefix: HIGHLIGHT_PREFIX, timeoutMs },
  );
  const events = await recording.stop();
  const script = attributeExtension(events, thread);
  return {
    highlighted: seen.found >= APPENDED_PARAGRAPH.terms,
    termsFound: seen.found,
    waitedMs: seen.waitedMs,
    script,
    byTrigger: groupByTrigger(script),
    highlightsBefore: seen.before,
  };
}

export interface HoverResult {
  readonly moves: number;
  /** Extension script time per pointer move, ms (wall, and thread time in `perMoveCpuMs`). */
  readonly perMoveMs: number;
  readonly perMoveCpuMs: number;
  readonly script: Attribution;
  readonly byTrigger: Readonly<Record<string, number>>;
  /** Animation-frame callbacks of the extension (one hit test each) and their mean time. */
  readonly hitTests: number;
  readonly perHitTestMs: number;
}

/** Moves the pointer `moves` times, alternately onto a term in view and onto the plain text just before it. */
export async function hoverOverTerms(open: OpenExtensionPage, moves: number): Promise<HoverResult> {
  const { page, session, thread } = open;
  const { onTerm, offTerm } = await termPointsInView(page, Math.ceil(moves / 2));
  if (onTerm.length === 0) throw new Error('No highlighted term in view to hover');
  const path: Point[] = [];
  for (let index = 0; path.length < moves; index++) {
    const on = onTerm[index % onTerm.length];
    const off = offTerm[index % offTerm.length];
    if (on) path.push(on);
    if (off && path.length < moves) path.push(off);
  }
  await page.mouse.move(0, 0);
  const recording = await startTrace(session, TRACE_CATEGORIES);
  for (const { x, y } of path) await page.mouse.move(x, y);
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
  const events = await recording.stop();
  const script = attributeExtension(events, thread);
  const frames = script.slices.filter((slice) => slice.trigger.startsWith('FireAnimationFrame'));
  const frameMs = frames.reduce((sum, slice) => sum + slice.ms, 0);
  return {
    moves: path.length,
    perMoveMs: script.totalMs / path.length,
    perMoveCpuMs: script.totalCpuMs / path.length,
    script,
    byTrigger: groupByTrigger(script),
    hitTests: frames.length,
    perHitTestMs: frames.length > 0 ? frameMs / frames.length : 0,
  };
}
