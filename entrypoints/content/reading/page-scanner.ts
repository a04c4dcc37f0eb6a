/**
 * Keeps the page's highlights in step with its text: one first pass over the
 * page (the blocks in view first), then, as the page changes, only the blocks
 * that changed. All work runs as scheduler jobs, never in observer callbacks.
 */
import type { TermMatcher } from '../../../glossary/runtime/matcher';
import { BlockReader, type BlockReaderParts } from '../finding/block-reader';
import type { PageHighlights } from '../highlights/page-highlights';
import { BlockWalk } from './block-walk';
import { DomWatcher } from './dom-watcher';
import { LateShadowRoots } from './late-shadow-roots';
import { LeftOutBlocks } from './left-out-blocks';
import type { Scheduler } from './scheduler';
import type { BlockOwner, BlockText, TextBlocks } from './text-blocks';
import { firstRegions, isFarFromView, visibleRegions } from './visible-first';

export interface ScannerParts {
  readonly doc: Document;
  /** The document's window, for timers and frames. */
  readonly view: Window;
  readonly blocks: TextBlocks;
  readonly matcher: TermMatcher;
  readonly highlights: PageHighlights;
  readonly scheduler: Scheduler;
  readonly isOwnUi: (node: Node) => boolean;
  /** Gives a newly found shadow root the highlight styles. */
  readonly onShadowRoot: (root: ShadowRoot) => void;
  /** Called each time the scanner has caught up with the page. */
  readonly onSettled: () => void;
  /** Chooses which of a block's terms to highlight (all, or the first per section). */
  readonly select: BlockReaderParts['select'];
}

/** How many blocks are read between looks at the clock. */
const BLOCKS_PER_CLOCK_READ = 8;

/**
 * A walk still to finish: part of a full pass (skips blocks that pass has
 * already read, ends at the highlight cap), over new content, or over a part
 * of the page that came into view while the cap was reached, walked after a
 * frame so that making room (which measures where blocks are) forces no layout.
 */
type WalkKind = 'full pass' | 'changes' | 'make room';

interface PendingWalk {
  readonly walk: BlockWalk;
  readonly kind: WalkKind;
  /** A walk around the view at the start of a full pass: the rest of the pass skips the blocks it read. */
  readonly inView: boolean;
}

export class PageScanner {
  private readonly watcher: DomWatcher;
  private readonly lateShadowRoots: LateShadowRoots;
  private readonly dirty = new Set<BlockOwner>();
  private readonly leftOut: LeftOutBlocks;
  private readonly shadowRoots = new Set<ShadowRoot>();
  private walks: PendingWalk[] = [];
  /** Blocks the current full pass read around the view, so its overlapping walks read each once. */
  private readonly readInView = new Set<BlockOwner>();
  private readonly reader: BlockReader;
  /** More than a screen away from the view: at the cap, such terms give way to terms near the view. */
  private readonly isFar = (block: BlockOwner) => isFarFromView(this.parts.doc, block);
  private scheduled = false;
  /** Whether the document had an editable region when the current full pass began. */
  private editableInDocument = true;
  private onFirstPass: (() => void) | null = null;

  constructor(private readonly parts: ScannerParts) {
    this.watcher = new DomWatcher(parts.isOwnUi, () => this.wake());
    this.lateShadowRoots = new LateShadowRoots(parts.view, (root) => this.addShadowRoot(root));
    this.reader = new BlockReader(parts);
    this.leftOut = new LeftOutBlocks(parts.view, (regions) => {
      for (const region of regions) this.walks.push(this.walk(region, 'make room'));
      // The scheduler's next slice runs after this frame is rendered, when layout is fresh.
      this.wake();
    });
  }

  /** Starts the first pass; `onFirstPass` runs once it has covered the whole page. */
  start(onFirstPass: () => void): void {
    this.onFirstPass = onFirstPass;
    this.watcher.observe(this.parts.doc);
    this.rescanAll();
  }

  /** Reads the whole page again, the part in view first. */
  rescanAll(): void {
    const root = this.parts.doc.body ?? this.parts.doc.documentElement;
    this.readInView.clear();
    this.parts.highlights.startBatch();
    // One query spares the first pass a contenteditable check per element on most pages.
    this.editableInDocument = this.parts.doc.querySelector('[contenteditable]') !== null;
    const inView = firstRegions(this.parts.doc, this.parts.blocks);
    this.walks = [
      ...inView.map((start) => this.walk(start, 'full pass', true)),
      ...[root, ...this.shadowRoots].map((start) => this.walk(start, 'full pass')),
    ];
    this.wake();
  }

  /** Reads these blocks again (what they should show has changed, such as the page's topic). */
  reread(blocks: Iterable<BlockOwner>): void {
    for (const block of blocks) this.dirty.add(block);
    this.wake();
  }

  /** After a scroll, reads what is now in view if the cap left it without highlights. */
  refreshView(): void {
    if (!this.parts.highlights.capped) return;
    for (const region of visibleRegions(this.parts.doc, this.parts.blocks)) this.leftOut.addRegion(region);
    this.leftOut.readAfterFrame();
  }

  stop(): void {
    this.leftOut.stop();
    this.watcher.disconnect();
    this.lateShadowRoots.stop();
    this.walks = [];
    this.reader.cancel();
    this.dirty.clear();
    this.shadowRoots.clear();
    this.onFirstPass = null;
  }

  private wake(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.parts.scheduler.add((deadline) => this.work(deadline));
  }

  private work(deadline: number): boolean {
    this.takeChanges();
    // Blocks are small: reading the clock after every one of them cost more than some blocks do.
    for (let untilClock = 0; ; untilClock--) {
      if (untilClock <= 0) {
        if (this.parts.scheduler.now() >= deadline) return false;
        untilClock = BLOCKS_PER_CLOCK_READ;
      }
      if (this.reader.busy) {
        this.reader.continue();
        untilClock = 0;
        continue;
      }
      // Checked by size first: taking the first entry of a Set makes an iterator, once per block otherwise.
      if (this.dirty.size > 0) {
        const [block] = this.dirty;
        if (block) {
          this.dirty.delete(block);
          if (!this.reader.read(block)) this.leftOut.add(block);
        }
        continue;
      }
      const leftOut = this.leftOut.nextReady();
      if (leftOut) {
        this.makeRoom(leftOut);
        continue;
      }
      const pending = this.walks[0];
      if (!pending) {
        this.readInView.clear();
        this.parts.highlights.flush(false);
        this.scheduled = false;
        this.leftOut.readAfterFrame();
        const ready = this.onFirstPass;
        this.onFirstPass = null;
        ready?.();
        this.parts.onSettled();
        return true;
      }
      // At the cap the rest of a full pass could show nothing more.
      const next = pending.kind === 'full pass' && this.parts.highlights.capped ? null : pending.walk.next();
      if (next === null) {
        this.walks.shift();
        // The walks around the view end first, so the terms in view appear at once.
        this.parts.highlights.flush(this.walks.length > 0);
      } else if (pending.kind === 'make room') {
        this.makeRoom(next, pending.walk.text);
      } else if (pending.kind === 'changes') {
        if (!this.reader.read(next, undefined, pending.walk.text)) this.leftOut.add(next);
      } else if (!this.readInView.has(next)) {
        if (pending.inView) this.readInView.add(next);
        this.reader.read(next, undefined, pending.walk.text);
      }
    }
  }

  private takeChanges(): void {
    const changes = this.watcher.take();
    const { blocks, highlights } = this.parts;
    if (changes.removed) {
      highlights.dropDetached();
      for (const root of this.shadowRoots) if (!root.host.isConnected) this.shadowRoots.delete(root);
    }
    if (changes.rescanAll) {
      this.rescanAll();
      return;
    }
    for (const node of changes.changed) {
      const block = node.isConnected ? blocks.blockOf(node) : null;
      if (block) this.dirty.add(block);
    }
    for (const element of changes.added) {
      if (element.isConnected && blocks.blockOf(element) !== null) this.walks.push(this.walk(element, 'changes'));
    }
  }

  /** Reads a block the cap left out; only a block near the view may push far-away terms out. */
  private makeRoom(block: BlockOwner, text?: BlockText): void {
    this.reader.read(block, this.isFar(block) ? undefined : this.isFar, text);
  }

  private walk(start: BlockOwner, kind: WalkKind, inView = false): PendingWalk {
    // Outside a full pass of the document (new content, shadow roots) editable regions may have appeared.
    const checkEditable = kind !== 'full pass' || start instanceof ShadowRoot || this.editableInDocument;
    const walk = new BlockWalk(
      this.parts.blocks,
      start,
      (root) => this.addShadowRoot(root),
      (element) => this.lateShadowRoots.consider(element),
      checkEditable,
    );
    return { walk, kind, inView };
  }

  /** Starts reading and watching a shadow root (found in a walk, or attached after its host was read). */
  addShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.parts.onShadowRoot(root);
    this.watcher.observe(root);
    this.walks.push(this.walk(root, 'changes'));
    this.wake();
  }
}
