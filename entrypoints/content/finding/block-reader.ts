/**
 * Reads one block's terms into the page's highlights. A block with a very
 * long text (a whole book in one <div>) is matched a slice per call, so no
 * single time slice has to carry it; its terms are registered once it is done.
 */
import type { TermMatcher } from '../../../glossary/runtime/matcher';
import type { PageHighlights } from '../highlights/page-highlights';
import type { BlockOwner, BlockText, TextBlocks } from '../reading/text-blocks';
import { findMatches, placeTerms } from './find-terms';
import { MatchList } from './match-list';

/** Blocks with more text than this are matched a slice at a time. */
export const LONG_BLOCK = 65_536;

export interface BlockReaderParts {
  readonly blocks: TextBlocks;
  readonly matcher: TermMatcher;
  readonly highlights: PageHighlights;
  /**
   * Chooses which of a block's matches to highlight, given the length of the
   * block's text: rewrites each match number to the entry it marks, or NOT_MARKED.
   */
  readonly select: (block: BlockOwner, matches: MatchList, textLength: number) => void;
}

/** Whether another block may lose its terms to make room at the cap. */
export type MayEvict = (other: BlockOwner) => boolean;

interface LongBlock {
  readonly block: BlockOwner;
  readonly mayEvict: MayEvict | undefined;
  readonly text: BlockText;
  from: number;
  readonly matches: MatchList;
}

export class BlockReader {
  private long: LongBlock | null = null;
  /** The matches of the block being read, reused from block to block. */
  private readonly matches = new MatchList();

  constructor(private readonly parts: BlockReaderParts) {}

  /** Whether a long block is part-way through; call `continue` until it is not. */
  get busy(): boolean {
    return this.long !== null;
  }

  /**
   * Reads a block; at the cap, only with `mayEvict` can it take room from
   * others, and without it a block that has no terms yet is left out (false).
   * `text` is the block's text when a walk has just read it.
   */
  read(block: BlockOwner, mayEvict?: MayEvict, text?: BlockText): boolean {
    const { blocks, matcher, highlights } = this.parts;
    if (!block.isConnected) {
      highlights.dropBlock(block);
      return true;
    }
    if (highlights.capped && !mayEvict && !highlights.has(block)) return false;
    const read = text ?? blocks.read(block);
    if (read.text.length > LONG_BLOCK) {
      this.long = { block, mayEvict, text: read, from: 0, matches: new MatchList() };
      return true;
    }
    this.matches.clear();
    findMatches(read.text, matcher, this.matches);
    this.register(block, read, this.matches, mayEvict);
    return true;
  }

  /** Matches the next slice of the long block; registers its terms once the whole block is read. */
  continue(): void {
    const long = this.long;
    if (!long) return;
    const { block, text } = long;
    if (!block.isConnected) {
      this.long = null;
      return;
    }
    const to = Math.min(text.text.length, long.from + LONG_BLOCK);
    long.from = findMatches(text.text, this.parts.matcher, long.matches, long.from, to);
    if (long.from < text.text.length) return;
    this.long = null;
    this.register(block, text, long.matches, long.mayEvict);
  }

  /** Chooses the marked matches and gives ranges to those that fit under the cap. */
  private register(block: BlockOwner, text: BlockText, matches: MatchList, mayEvict: MayEvict | undefined): void {
    const { highlights, select } = this.parts;
    select(block, matches, text.text.length);
    const room = highlights.roomFor(block, matches.markedCount(), mayEvict);
    highlights.setBlock(block, placeTerms(block, text, matches, room));
  }

  cancel(): void {
    this.long = null;
  }
}
