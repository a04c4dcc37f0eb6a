/**
 * One block's text → the glossary terms in it: first the matches as numbers
 * (see match-list.ts), then, for the matches that are marked, ranges over the
 * page's own text nodes.
 */
import type { TermMatcher } from '../../../glossary/runtime/matcher';
import type { BlockOwner, BlockText } from '../reading/text-blocks';
import { type MatchList, NOT_MARKED } from './match-list';

/** One glossary term found on the page. */
export interface TermOccurrence {
  readonly range: StaticRange;
  readonly entry: number;
  readonly block: BlockOwner;
}

/** How far past a slice's end the matcher may read to finish a term that starts inside the slice. */
const LOOKAHEAD = 256;

/**
 * Adds the matches that start in `text[from, to)` to `into`; returns where
 * the next slice should start (past the last match, so a term is never cut in two).
 */
export function findMatches(text: string, matcher: TermMatcher, into: MatchList, from = 0, to = text.length): number {
  matcher.scan(text, into.push, from, Math.min(text.length, to + LOOKAHEAD));
  into.dropFrom(to);
  return into.length > 0 ? Math.max(to, into.end(into.length - 1)) : to;
}

/** The marked matches of a block (at most `limit`, in order) as ranges over its text nodes. */
export function placeTerms(
  block: BlockOwner,
  { nodes, starts }: BlockText,
  matches: MatchList,
  limit = matches.length,
): TermOccurrence[] {
  const placed: TermOccurrence[] = [];
  // Matches come in order, so the node that holds a match is found by moving forward from the last one.
  let node = 0;
  const lastNode = nodes.length - 1;
  // One init for the block's ranges: the constructor copies it, which spares an object per term on big pages.
  let init: StaticRangeInit | null = null;
  for (let index = 0; index < matches.length && placed.length < limit; index++) {
    const entry = matches.entry(index);
    if (entry === NOT_MARKED) continue;
    const start = matches.start(index);
    const end = matches.end(index);
    while (node < lastNode && (starts[node + 1] ?? 0) <= start) node++;
    let last = node;
    while (last < lastNode && (starts[last + 1] ?? 0) < end) last++;
    const startContainer = nodes[node];
    const endContainer = nodes[last];
    if (!startContainer || !endContainer) continue;
    init ??= { startContainer, startOffset: 0, endContainer, endOffset: 0 };
    init.startContainer = startContainer;
    init.startOffset = start - (starts[node] ?? 0);
    init.endContainer = endContainer;
    init.endOffset = end - (starts[last] ?? 0);
    placed.push({ range: new StaticRange(init), entry, block });
  }
  return placed;
}
