/**
 * Matches → StaticRanges in CSS.highlights. Keeps, per block, the terms found
 * in it, so a changed block swaps only its own ranges and hit-testing a
 * pointer position looks only at the terms of the block under it.
 *
 * Every change to a registered Highlight makes the browser repaint the whole
 * document at the next frame, so during a full pass new ranges wait in a
 * batch that is added at once when a walk ends (measured on a 1 MB page:
 * rendering during the pass fell from about 1,000 ms to about 130 ms).
 */

import type { TermOccurrence } from '../finding/find-terms';
import type { BlockOwner } from '../reading/text-blocks';
import { compareReadingOrder } from './reading-order';

/**
 * Beyond this many ranges a page gets no more highlights, unless some far
 * from the view make room (see setBlock's `mayEvict`).
 */
export const MAX_HIGHLIGHTS = 30_000;
/** How many blocks at most are looked at to find room, so one change never scans the whole page. */
const EVICTION_CANDIDATES = 200;

/** The names the terms and the everyday words are registered under. */
export interface ShownNames {
  readonly term: string;
  readonly quiet: string;
}

export class PageHighlights {
  private readonly highlight = new Highlight();
  /** Everyday words, drawn less prominently than the terms that matter (registered under their own name). */
  private readonly quiet = new Highlight();
  private readonly byBlock = new Map<BlockOwner, TermOccurrence[]>();
  private names: ShownNames | null = null;
  /** The terms in reading order, worked out when asked for and kept until the terms change. */
  private ordered: TermOccurrence[] | null = null;
  /** Terms found but not yet added to their highlight, while batching. */
  private batch: TermOccurrence[] | null = null;

  constructor(
    /** The block that owns a text node (for hit-testing). */
    private readonly blockOf: (node: Node) => BlockOwner | null,
    /** Whether an entry is an everyday word, drawn in the quiet highlight. */
    private readonly isQuiet: (entry: number) => boolean = () => false,
    private readonly registry: HighlightRegistry = CSS.highlights,
  ) {}

  get size(): number {
    return this.highlight.size + this.quiet.size + (this.batch?.length ?? 0);
  }

  get capped(): boolean {
    return this.size >= MAX_HIGHLIGHTS;
  }

  /** Holds new ranges back until `flush`, so a long pass repaints the page a few times, not every slice. */
  startBatch(): void {
    this.batch ??= [];
  }

  /** Adds the held-back ranges; with `keepBatching` false, later ranges are added as they come. */
  flush(keepBatching: boolean): void {
    if (!this.batch) return;
    for (const occurrence of this.batch) this.highlightOf(occurrence.entry).add(occurrence.range);
    this.batch = keepBatching ? [] : null;
  }

  /** The entries on the page, each once (worked out when asked: the badge asks after the page settles). */
  distinctEntries(): number[] {
    const entries = new Set<number>();
    for (const occurrence of this.occurrences()) entries.add(occurrence.entry);
    return [...entries];
  }

  /** Whether a block currently shows terms. */
  has(block: BlockOwner): boolean {
    return this.byBlock.has(block);
  }

  /** Registers the terms under `names.term` and everyday words under `names.quiet`, replacing the previous names. */
  show(names: ShownNames): void {
    if (this.names?.term === names.term && this.names.quiet === names.quiet) return;
    this.hide();
    this.registry.set(names.term, this.highlight);
    this.registry.set(names.quiet, this.quiet);
    this.names = names;
  }

  hide(): void {
    if (this.names === null) return;
    if (this.registry.get(this.names.term) === this.highlight) this.registry.delete(this.names.term);
    if (this.registry.get(this.names.quiet) === this.quiet) this.registry.delete(this.names.quiet);
    this.names = null;
  }

  /**
   * Replaces the terms of one block. At the cap, `mayEvict` (when given) may
   * free room: the blocks read longest ago that it accepts lose their terms.
   */
  setBlock(block: BlockOwner, occurrences: TermOccurrence[], mayEvict?: (other: BlockOwner) => boolean): void {
    const room = this.roomFor(block, occurrences.length, mayEvict);
    this.ordered = null;
    const kept = occurrences.length > room ? occurrences.slice(0, room) : occurrences;
    if (kept.length === 0) return;
    this.byBlock.set(block, kept);
    for (const occurrence of kept) {
      if (this.batch) this.batch.push(occurrence);
      else this.highlightOf(occurrence.entry).add(occurrence.range);
    }
  }

  /** Drops a block's terms and frees room for `needed` new ones as setBlock does; returns how many fit. */
  roomFor(block: BlockOwner, needed: number, mayEvict?: (other: BlockOwner) => boolean): number {
    this.dropBlock(block);
    if (mayEvict && needed > 0 && this.size + needed > MAX_HIGHLIGHTS) this.evict(needed, mayEvict);
    return Math.max(0, MAX_HIGHLIGHTS - this.size);
  }

  dropBlock(block: BlockOwner): void {
    const old = this.byBlock.get(block);
    if (!old) return;
    this.byBlock.delete(block);
    this.ordered = null;
    // Rare (a block changed during the first pass): its ranges may still be in the batch.
    if (this.batch?.length) this.flush(true);
    for (const { range, entry } of old) this.highlightOf(entry).delete(range);
  }

  /** Drops the terms of blocks that have left the page. */
  dropDetached(): void {
    for (const block of this.byBlock.keys()) if (!block.isConnected) this.dropBlock(block);
  }

  clear(): void {
    this.hide();
    this.ordered = null;
    this.batch = null;
    this.highlight.clear();
    this.quiet.clear();
    this.byBlock.clear();
  }

  /** The term whose range contains the caret position, if any. */
  at(node: Node, offset: number): TermOccurrence | null {
    if (node.nodeType !== Node.TEXT_NODE) return null;
    const block = this.blockOf(node);
    const candidates = block ? this.byBlock.get(block) : undefined;
    for (const occurrence of candidates ?? []) {
      if (contains(occurrence.range, node, offset)) return occurrence;
    }
    return null;
  }

  /** Every term on the page in an unspecified order. */
  *occurrences(): IterableIterator<TermOccurrence> {
    for (const list of this.byBlock.values()) yield* list;
  }

  /** Every term on the page in reading order, shadow roots read where their hosts stand. */
  inDocumentOrder(): readonly TermOccurrence[] {
    if (!this.ordered) {
      this.ordered = [...this.occurrences()].sort(
        (a, b) =>
          compareReadingOrder(a.range.startContainer, b.range.startContainer) ||
          a.range.startOffset - b.range.startOffset,
      );
    }
    return this.ordered;
  }

  private highlightOf(entry: number): Highlight {
    return this.isQuiet(entry) ? this.quiet : this.highlight;
  }

  /** Frees room for `needed` ranges from the blocks read longest ago that `mayEvict` accepts. */
  private evict(needed: number, mayEvict: (other: BlockOwner) => boolean): void {
    let looked = 0;
    for (const other of this.byBlock.keys()) {
      if (this.size + needed <= MAX_HIGHLIGHTS || looked++ >= EVICTION_CANDIDATES) return;
      if (mayEvict(other)) this.dropBlock(other);
    }
  }
}

function contains(range: StaticRange, node: Node, offset: number): boolean {
  const { startContainer, endContainer } = range;
  if (node === startContainer)
    return offset >= range.startOffset && (node !== endContainer || offset <= range.endOffset);
  if (node === endContainer) return offset <= range.endOffset;
  // A text node in the middle of a term that spans several (rare: "<i>a</i>b<i>c</i>").
  return (
    startContainer !== endContainer &&
    (startContainer.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
    (node.compareDocumentPosition(endContainer) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
  );
}
