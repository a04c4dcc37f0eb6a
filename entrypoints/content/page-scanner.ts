/**
 * Keeps the page's highlights in step with its text: one first pass over the
 * page (the blocks in view first), then, as the page changes, only the blocks
 * that changed. All work runs as scheduler jobs, never in observer callbacks.
 */
import type { TermMatcher } from '../../glossary/matcher';
import { BlockReader, type BlockReaderParts } from './block-reader';
import { LateShadowRoots } from './late-shadow-roots';
import type { PageHighlights } from './page-highlights';
import type { Scheduler } from './scheduler';
import { type BlockOwner, BlockWalk, type TextBlocks } from './text-blocks';
import { isFarFromView, visibleRegions } from './visible-first';
import { DomWatcher } from './watcher';

export interface ScannerParts {
  readonly doc: Document;
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
 * A walk still to finish. The walks of a full pass skip blocks that pass has
 * already read and stop at the highlight cap; the others (new content, the
 * view after a scroll) may make room by evicting terms far from the view.
 */
interface PendingWalk {
  readonly walk: BlockWalk;
  readonly fullPass: boolean;
  /** Whether editable regions may be inside (see rescanAll). */
  readonly checkEditable: boolean;
}

export class PageScanner {
  private readonly watcher: DomWatcher;
  private readonly lateShadowRoots = new LateShadowRoots((root) => this.addShadowRoot(root));
  private readonly dirty = new Set<BlockOwner>();
  private readonly shadowRoots = new Set<ShadowRoot>();
  private walks: PendingWalk[] = [];
  /** Blocks already read during the current full pass, so its overlapping walks read each once. */
  private readBlocks = new WeakSet<BlockOwner>();
  private readonly reader: BlockReader;
  /** At the cap, terms more than a screen away from the view give way to new ones. */
  private readonly mayEvict = (other: BlockOwner) => isFarFromView(this.parts.doc, other);
  private scheduled = false;
  /** Whether the document had an editable region when the current full pass began. */
  private editableInDocument = true;
  private onFirstPass: (() => void) | null = null;

  constructor(private readonly parts: ScannerParts) {
    this.watcher = new DomWatcher(parts.isOwnUi, () => this.wake());
    this.reader = new BlockReader(parts);
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
    this.readBlocks = new WeakSet();
    this.parts.highlights.startBatch();
    // One query spares the first pass a contenteditable check per element on most pages.
    this.editableInDocument = this.parts.doc.querySelector('[contenteditable]') !== null;
    const inView = visibleRegions(this.parts.doc, this.parts.blocks);
    this.walks = [...inView, root, ...this.shadowRoots].map((start) => this.walk(start, true));
    this.wake();
  }

  /** After a scroll, reads what is now in view if the cap left it without highlights. */
  refreshView(): void {
    if (!this.parts.highlights.capped) return;
    for (const region of visibleRegions(this.parts.doc, this.parts.blocks)) this.walks.push(this.walk(region, false));
    this.wake();
  }

  stop(): void {
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
        if (performance.now() >= deadline) return false;
        untilClock = BLOCKS_PER_CLOCK_READ;
      }
      if (this.reader.busy) {
        this.reader.continue();
        untilClock = 0;
        continue;
      }
      const [block] = this.dirty;
      if (block) {
        this.dirty.delete(block);
        this.reader.read(block, this.mayEvict);
        continue;
      }
      const pending = this.walks[0];
      if (!pending) {
        this.parts.highlights.flush(false);
        this.scheduled = false;
        const ready = this.onFirstPass;
        this.onFirstPass = null;
        ready?.();
        this.parts.onSettled();
        return true;
      }
      // At the cap the rest of a full pass could show nothing more.
      const next = pending.fullPass && this.parts.highlights.capped ? null : pending.walk.next();
      if (next === null) {
        this.walks.shift();
        // The walks around the view end first, so the terms in view appear at once.
        this.parts.highlights.flush(this.walks.length > 0);
      } else if (!pending.fullPass) {
        this.reader.read(next, this.mayEvict);
      } else if (!this.readBlocks.has(next)) {
        this.readBlocks.add(next);
        this.reader.read(next, undefined, pending.checkEditable);
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
      if (element.isConnected && blocks.blockOf(element) !== null) this.walks.push(this.walk(element, false));
    }
  }

  private walk(start: BlockOwner, fullPass: boolean): PendingWalk {
    // Outside a full pass of the document (new content, shadow roots) editable regions may have appeared.
    const checkEditable = !fullPass || start instanceof ShadowRoot || this.editableInDocument;
    const walk = new BlockWalk(
      this.parts.blocks,
      start,
      (root) => this.addShadowRoot(root),
      (element) => this.lateShadowRoots.consider(element),
      checkEditable,
    );
    return { walk, fullPass, checkEditable };
  }

  /** Starts reading and watching a shadow root (found in a walk, or attached after its host was read). */
  addShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.parts.onShadowRoot(root);
    this.watcher.observe(root);
    this.walks.push(this.walk(root, false));
    this.wake();
  }
}
