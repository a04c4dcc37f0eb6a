/**
 * Reads one block's terms into the page's highlights. A block with a very
 * long text (a whole book in one <div>) is matched a slice per call, so no
 * single time slice has to carry it; its terms are registered once it is done.
 */
import type { TermMatcher } from '../../../glossary/runtime/matcher';
import type { PageHighlights } from '../highlights/page-highlights';
import type { BlockOwner, BlockText, TextBlocks } from '../reading/text-blocks';
import type { TermOccurrence } from './find-terms';
import { findTerms } from './find-terms';

/** Blocks with more text than this are matched a slice at a time. */
export const LONG_BLOCK = 65_536;

export interface BlockReaderParts {
  readonly blocks: TextBlocks;
  readonly matcher: TermMatcher;
  readonly highlights: PageHighlights;
  /** Chooses which of a block's matches to highlight, given the length of the block's text. */
  readonly select: (block: BlockOwner, matches: TermOccurrence[], textLength: number) => TermOccurrence[];
}

/** Whether another block may lose its terms to make room at the cap. */
export type MayEvict = (other: BlockOwner) => boolean;

interface LongBlock {
  readonly block: BlockOwner;
  readonly mayEvict: MayEvict | undefined;
  readonly text: BlockText;
  from: number;
  readonly found: TermOccurrence[];
}

export class BlockReader {
  private long: LongBlock | null = null;

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
    const { blocks, matcher, highlights, select } = this.parts;
    if (!block.isConnected) {
      highlights.dropBlock(block);
      return true;
    }
    if (highlights.capped && !mayEvict && !highlights.has(block)) return false;
    const read = text ?? blocks.read(block);
    if (read.text.length > LONG_BLOCK) this.long = { block, mayEvict, text: read, from: 0, found: [] };
    else highlights.setBlock(block, select(block, findTerms(block, read, matcher).found, read.text.length), mayEvict);
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
    const { found, resumeAt } = findTerms(block, text, this.parts.matcher, long.from, to);
    long.found.push(...found);
    long.from = resumeAt;
    if (long.from < text.text.length) return;
    this.long = null;
    this.parts.highlights.setBlock(block, this.parts.select(block, long.found, text.text.length), long.mayEvict);
  }

  cancel(): void {
    this.long = null;
  }
}
