/**
 * The whole document's terms, counted from every page's text (rendered or
 * not) with the same matcher and page sense as the marks: pdf.js's worker
 * extracts each page's text, and each page is matched in its own scheduler
 * job. Once every page is read, the document's topic is known, and the
 * matches are chosen again in that sense and counted.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { glossaryMatcher, glossaryTargets } from '../../glossary/runtime/bundled';
import type { Topic } from '../../glossary/runtime/topic';
import type { TermOccurrence } from '../content/finding/find-terms';
import { PageSense } from '../content/finding/page-sense';
import type { Scheduler } from '../content/reading/scheduler';
import { pageText } from './page-text';
import { textItems, textPieces } from './text-pieces';

export const COUNTED_MARK = 'medterm:counted';

export interface DocumentTermCount {
  /** Entries (indexes into the glossary) in order of first appearance, with their counts and first page. */
  readonly terms: readonly { readonly entry: number; readonly count: number; readonly page: number }[];
  readonly topic: Topic;
  readonly withholding: boolean;
  /** How much text the document has (none: a scan, only pictures of pages). */
  readonly textLength: number;
}

interface PageMatches {
  readonly block: Element;
  readonly found: TermOccurrence[];
  readonly length: number;
  /** The text's length without white space. */
  readonly printed: number;
}

export async function countDocumentTerms(
  pdf: PDFDocumentProxy,
  scheduler: Scheduler,
  signal: AbortSignal,
): Promise<DocumentTermCount> {
  const sense = new PageSense({ targets: glossaryTargets(), onTopicChange: () => {} });
  // Counting needs no place on screen: every match stands on one empty range.
  const nowhere = new StaticRange({ startContainer: document, startOffset: 0, endContainer: document, endOffset: 0 });
  const pages: PageMatches[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    signal.throwIfAborted();
    const pieces = textPieces(textItems(content), page.getViewport({ scale: 1 }), () => true);
    await inSlice(scheduler, () => {
      const text = pageText(pieces).text;
      const block = document.createElement('div');
      const found: TermOccurrence[] = [];
      glossaryMatcher().scan(text, (_start, _end, entry) => {
        found.push({ range: nowhere, entry, block });
      });
      sense.select(block, found, text.length);
      pages.push({ block, found, length: text.length, printed: text.replace(/\s/g, '').length });
    });
  }
  const counts = new Map<number, { count: number; page: number }>();
  await inSlice(scheduler, () => {
    pages.forEach(({ block, found, length }, index) => {
      for (const { entry } of sense.select(block, found, length)) {
        const known = counts.get(entry);
        counts.set(entry, { count: (known?.count ?? 0) + 1, page: known?.page ?? index + 1 });
      }
    });
  });
  signal.throwIfAborted();
  performance.mark(COUNTED_MARK);
  return {
    terms: [...counts].map(([entry, { count, page }]) => ({ entry, count, page })),
    topic: sense.pageTopic,
    withholding: sense.withholding,
    textLength: pages.reduce((sum, { printed }) => sum + printed, 0),
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
