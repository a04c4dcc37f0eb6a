/**
 * The whole document's terms, counted from every page's text (rendered or
 * not) with the same matcher and page sense as the marks: pdf.js's worker
 * extracts each page's text, and each page is matched in its own scheduler
 * job, with the edges of the pages beside it; a term across a page break is
 * matched once, as the break's, and counted on the page where it starts.
 * Once every page is read, the document's topic is known, and the matches
 * are chosen again in that sense and counted.
 */
import { glossaryMatcher, glossaryTargets } from '../../glossary/runtime/bundled';
import type { Topic } from '../../glossary/runtime/topic';
import type { TermOccurrence } from '../content/finding/find-terms';
import { PageSense } from '../content/finding/page-sense';
import type { Scheduler } from '../content/reading/scheduler';
import type { PageEdgeStore } from './page-edge-store';
import { type Scan, termsAcross, termsInside } from './page-joins';

export const COUNTED_MARK = 'medterm:counted';

export interface DocumentTermCount {
  /** Entries (indexes into the glossary) in order of first appearance, with their counts and first page. */
  readonly terms: readonly { readonly entry: number; readonly count: number; readonly page: number }[];
  readonly topic: Topic;
  readonly withholding: boolean;
  /** How much text the document has (none: a scan, only pictures of pages). */
  readonly textLength: number;
}

/** The matches of one block: a page, or the break after a page. */
interface BlockMatches {
  readonly block: Element;
  readonly found: TermOccurrence[];
  readonly length: number;
  /** The page the block's terms are on (a break's: the page before it). */
  readonly page: number;
}

const scan: Scan = (text, visit) => glossaryMatcher().scan(text, visit);

export async function countDocumentTerms(
  pageCount: number,
  edges: PageEdgeStore,
  scheduler: Scheduler,
  signal: AbortSignal,
): Promise<DocumentTermCount> {
  const sense = new PageSense({ targets: glossaryTargets(), onTopicChange: () => {} });
  // Counting needs no place on screen: every match stands on one empty range.
  const nowhere = new StaticRange({ startContainer: document, startOffset: 0, endContainer: document, endOffset: 0 });
  const blocks: BlockMatches[] = [];
  const choose = (page: number, matches: readonly { readonly entry: number }[], length: number) => {
    const block = document.createElement('div');
    const found = matches.map(({ entry }) => ({ range: nowhere, entry, block }));
    sense.select(block, found, length);
    blocks.push({ block, found, length, page });
  };
  let printed = 0;
  let next = pageCount > 0 ? await edges.read(1) : '';
  for (let number = 1; number <= pageCount; number++) {
    const text = next;
    // The next page's text is read before this page is matched: a term may run onto it.
    next = number < pageCount ? await edges.read(number + 1) : '';
    signal.throwIfAborted();
    await inSlice(scheduler, () => {
      const inside = termsInside(scan, text, edges.edges(number - 1)?.tail, edges.edges(number + 1)?.head);
      choose(number, inside, text.length);
      const across = termsAcross(scan, edges.edges(number)?.tail ?? '', edges.edges(number + 1)?.head ?? '');
      const spanned = across.reduce((sum, { beforeBreak, afterBreak }) => sum + beforeBreak + afterBreak, 0);
      if (across.length > 0) choose(number, across, spanned);
      printed += text.replace(/\s/g, '').length;
    });
  }
  const counts = new Map<number, { count: number; page: number }>();
  await inSlice(scheduler, () => {
    for (const { block, found, length, page } of blocks) {
      for (const { entry } of sense.select(block, found, length)) {
        const known = counts.get(entry);
        counts.set(entry, { count: (known?.count ?? 0) + 1, page: known?.page ?? page });
      }
    }
  });
  signal.throwIfAborted();
  performance.mark(COUNTED_MARK);
  return {
    terms: [...counts].map(([entry, { count, page }]) => ({ entry, count, page })),
    topic: sense.pageTopic,
    withholding: sense.withholding,
    textLength: printed,
  };
}

/** Runs `work` as one scheduler job, resolving when it has run. */
function inSlice(scheduler: Scheduler, work: () => void): Promise<void> {
  return new Promise((resolve) => {
    scheduler.add(() => {
      work();
      resolve();
      return true;
    });
  });
}
