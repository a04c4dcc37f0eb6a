/** One block's text → the glossary terms in it, as ranges over the page's own text nodes. */
import type { TermMatcher } from '../../../glossary/runtime/matcher';
import type { BlockOwner, BlockText } from '../reading/text-blocks';

/** One glossary term found on the page. */
export interface TermOccurrence {
  readonly range: StaticRange;
  readonly entry: number;
  readonly block: BlockOwner;
}

/** How far past a slice's end the matcher may read to finish a term that starts inside the slice. */
const LOOKAHEAD = 256;

/**
 * The terms that start in `text[from, to)`, and where the next slice should
 * start (past the last term found, so a term is never cut in two).
 */
export function findTerms(
  block: BlockOwner,
  { text, nodes, starts }: BlockText,
  matcher: TermMatcher,
  from = 0,
  to = text.length,
): { found: TermOccurrence[]; resumeAt: number } {
  const found: TermOccurrence[] = [];
  let resumeAt = to;
  // Matches come in order, so the node that holds a match is found by moving forward from the last one.
  let node = from > 0 ? nodeIndexAt(starts, from) : 0;
  const lastNode = nodes.length - 1;
  const visit = (start: number, end: number, entry: number) => {
    if (start >= to) return;
    if (end > resumeAt) resumeAt = end;
    while (node < lastNode && (starts[node + 1] ?? 0) <= start) node++;
    let last = node;
    while (last < lastNode && (starts[last + 1] ?? 0) < end) last++;
    const startContainer = nodes[node];
    const endContainer = nodes[last];
    if (!startContainer || !endContainer) return;
    const range = new StaticRange({
      startContainer,
      startOffset: start - (starts[node] ?? 0),
      endContainer,
      endOffset: end - (starts[last] ?? 0),
    });
    found.push({ range, entry, block });
  };
  matcher.scan(text, visit, from, Math.min(text.length, to + LOOKAHEAD));
  return { found, resumeAt };
}

/** Index of the node whose text holds `offset` (the last node starting at or before it). */
function nodeIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
