/**
 * Matches → StaticRanges in CSS.highlights. Keeps, per block, the terms found
 * in it (so a changed block swaps only its own ranges) and, per text node, the
 * terms touching it (so hit-testing a pointer position is a lookup).
 */
import { compareReadingOrder } from './reading-order';
import type { BlockOwner } from './text-blocks';

export interface TermOccurrence {
  readonly range: StaticRange;
  readonly entry: number;
  readonly block: BlockOwner;
  /** Every text node the range touches, first to last. */
  readonly nodes: readonly Text[];
}

/** Beyond this many ranges a page gets no more highlights (the first found, visible first, stay). */
export const MAX_HIGHLIGHTS = 30_000;

export class PageHighlights {
  private readonly highlight = new Highlight();
  private readonly byBlock = new Map<BlockOwner, TermOccurrence[]>();
  private readonly byNode = new WeakMap<Text, TermOccurrence[]>();
  private name: string | null = null;
  /** The terms in reading order, worked out when asked for and kept until the terms change. */
  private ordered: TermOccurrence[] | null = null;

  constructor(private readonly registry: HighlightRegistry = CSS.highlights) {}

  get size(): number {
    return this.highlight.size;
  }

  get capped(): boolean {
    return this.highlight.size >= MAX_HIGHLIGHTS;
  }

  /** Whether a block currently shows terms. */
  has(block: BlockOwner): boolean {
    return this.byBlock.has(block);
  }

  /** Registers the ranges under `name` (a style such as "medterm-dotted"), replacing the previous name. */
  show(name: string): void {
    if (this.name === name) return;
    this.hide();
    this.registry.set(name, this.highlight);
    this.name = name;
  }

  hide(): void {
    if (this.name !== null && this.registry.get(this.name) === this.highlight) this.registry.delete(this.name);
    this.name = null;
  }

  /** Replaces the terms of one block. */
  setBlock(block: BlockOwner, occurrences: TermOccurrence[]): void {
    this.dropBlock(block);
    this.ordered = null;
    if (occurrences.length === 0) return;
    const room = MAX_HIGHLIGHTS - this.highlight.size;
    const kept = occurrences.length > room ? occurrences.slice(0, Math.max(0, room)) : occurrences;
    if (kept.length === 0) return;
    this.byBlock.set(block, kept);
    for (const occurrence of kept) {
      this.highlight.add(occurrence.range);
      for (const node of occurrence.nodes) this.index(occurrence, node);
    }
  }

  dropBlock(block: BlockOwner): void {
    const old = this.byBlock.get(block);
    if (!old) return;
    this.byBlock.delete(block);
    this.ordered = null;
    for (const { range, nodes } of old) {
      this.highlight.delete(range);
      for (const node of nodes) this.byNode.delete(node);
    }
  }

  /** Drops the terms of blocks that have left the page. */
  dropDetached(): void {
    for (const block of this.byBlock.keys()) if (!block.isConnected) this.dropBlock(block);
  }

  clear(): void {
    this.hide();
    this.ordered = null;
    this.highlight.clear();
    this.byBlock.clear();
  }

  /** The term whose range contains the caret position, if any. */
  at(node: Node, offset: number): TermOccurrence | null {
    if (node.nodeType !== Node.TEXT_NODE) return null;
    const candidates = this.byNode.get(node as Text);
    if (!candidates) return null;
    for (const occurrence of candidates) if (contains(occurrence.range, node, offset)) return occurrence;
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

  private index(occurrence: TermOccurrence, node: Text): void {
    const list = this.byNode.get(node);
    if (list) list.push(occurrence);
    else this.byNode.set(node, [occurrence]);
  }
}

function contains(range: StaticRange, node: Node, offset: number): boolean {
  const afterStart = node !== range.startContainer || offset >= range.startOffset;
  const beforeEnd = node !== range.endContainer || offset <= range.endOffset;
  return afterStart && beforeEnd;
}
