/**
 * Blocks the highlight cap left without terms. After the next frame (when
 * layout is fresh, so measuring where blocks are forces none) they are read
 * again, and those near the view may take room from terms far from it.
 */
import type { BlockOwner } from './text-blocks';

export class LeftOutBlocks {
  private readonly blocks = new Set<BlockOwner>();
  private frame = 0;

  constructor(
    private readonly view: Window | null,
    /** Reads the blocks again; called from the frame, before the slice that follows it. */
    private readonly readAgain: (blocks: readonly BlockOwner[]) => void,
  ) {}

  add(block: BlockOwner): void {
    this.blocks.add(block);
  }

  /** Asks for one frame, if any block waits. */
  readAfterFrame(): void {
    if (this.frame || this.blocks.size === 0 || !this.view) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      const blocks = [...this.blocks];
      this.blocks.clear();
      this.readAgain(blocks);
    });
  }

  stop(): void {
    if (this.frame) this.view?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.blocks.clear();
  }
}
