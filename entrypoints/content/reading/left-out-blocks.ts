/**
 * What the highlight cap left without terms: single blocks (changed content)
 * and regions (what came into view after a scroll). After the next frame
 * (when layout is fresh, so measuring where blocks are forces none) they are
 * read again, and blocks near the view may take room from terms far from it.
 */
import type { BlockOwner } from './text-blocks';

export class LeftOutBlocks {
  private readonly blocks = new Set<BlockOwner>();
  private readonly regions = new Set<Element>();
  /** Blocks whose frame has passed, ready to be read again. */
  private readonly ready = new Set<BlockOwner>();
  private frame = 0;

  constructor(
    private readonly view: Window | null,
    /** Walks the regions again and wakes the reader; called from the frame. */
    private readonly afterFrame: (regions: readonly Element[]) => void,
  ) {}

  /** The next block to read again, once its frame has passed. */
  nextReady(): BlockOwner | undefined {
    if (this.ready.size === 0) return undefined;
    const [block] = this.ready;
    if (block) this.ready.delete(block);
    return block;
  }

  /** A block to read again on its own (not its nested blocks). */
  add(block: BlockOwner): void {
    this.blocks.add(block);
  }

  /** A part of the page to walk again, nested blocks included. */
  addRegion(region: Element): void {
    this.regions.add(region);
  }

  /** Asks for one frame, if anything waits. */
  readAfterFrame(): void {
    if (this.frame || (this.blocks.size === 0 && this.regions.size === 0) || !this.view) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      for (const block of this.blocks) this.ready.add(block);
      const regions = [...this.regions];
      this.blocks.clear();
      this.regions.clear();
      this.afterFrame(regions);
    });
  }

  stop(): void {
    if (this.frame) this.view?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.blocks.clear();
    this.regions.clear();
    this.ready.clear();
  }
}
