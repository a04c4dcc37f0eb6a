/**
 * Keeps the page's highlights in step with its text: one first pass over the
 * page (the blocks in view first), then, as the page changes, only the blocks
 * that changed. All work runs as scheduler jobs, never in observer callbacks.
 */
import type { TermMatcher } from '../../glossary/matcher';
import { findTerms } from './find-terms';
import { LateShadowRoots } from './late-shadow-roots';
import type { PageHighlights, TermOccurrence } from './page-highlights';
import type { Scheduler } from './scheduler';
import { type BlockOwner, type BlockText, BlockWalk, type TextBlocks } from './text-blocks';
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
  readonly select: (block: BlockOwner, occurrences: TermOccurrence[]) => TermOccurrence[];
}

/** Blocks with more text than this are matched a slice at a time. */
const LONG_BLOCK = 65_536;

/** A long block part-way through matching. */
interface LongBlock {
  readonly block: BlockOwner;
  readonly text: BlockText;
  from: number;
  readonly found: TermOccurrence[];
}

/** A walk still to finish; only the walks of a full pass skip blocks that pass has already read. */
interface PendingWalk {
  readonly walk: BlockWalk;
  readonly fullPass: boolean;
}

/** Points of the viewport (as fractions of its size) probed to find the blocks in view. */
const VIEWPORT_PROBES = [0.1, 0.3, 0.5, 0.7, 0.9].flatMap((y) => [0.25, 0.5, 0.75].map((x) => [x, y] as const));

export class PageScanner {
  private readonly watcher: DomWatcher;
  private readonly lateShadowRoots = new LateShadowRoots((root) => this.addShadowRoot(root));
  private readonly dirty = new Set<BlockOwner>();
  private readonly shadowRoots = new Set<ShadowRoot>();
  private walks: PendingWalk[] = [];
  /** Blocks already read during the current full pass, so its overlapping walks read each once. */
  private readBlocks = new WeakSet<BlockOwner>();
  private long: LongBlock | null = null;
  private scheduled = false;
  private onFirstPass: (() => void) | null = null;

  constructor(private readonly parts: ScannerParts) {
    this.watcher = new DomWatcher(parts.isOwnUi, () => this.wake());
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
    this.walks = [...this.visibleContainers(), root, ...this.shadowRoots].map((start) => this.walk(start, true));
    this.wake();
  }

  stop(): void {
    this.watcher.disconnect();
    this.lateShadowRoots.stop();
    this.walks = [];
    this.long = null;
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
    while (performance.now() < deadline) {
      if (this.long) {
        this.continueLong(this.long);
        continue;
      }
      const [block] = this.dirty;
      if (block) {
        this.dirty.delete(block);
        this.read(block);
        continue;
      }
      const pending = this.walks[0];
      if (!pending) {
        this.scheduled = false;
        const ready = this.onFirstPass;
        this.onFirstPass = null;
        ready?.();
        this.parts.onSettled();
        return true;
      }
      const next = pending.walk.next();
      if (next === null) this.walks.shift();
      else if (!pending.fullPass || !this.readBlocks.has(next)) {
        this.readBlocks.add(next);
        this.read(next);
      }
    }
    return false;
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

  private read(block: BlockOwner): void {
    const { blocks, matcher, highlights } = this.parts;
    if (!block.isConnected) {
      highlights.dropBlock(block);
      return;
    }
    if (highlights.capped && !highlights.has(block)) return;
    const text = blocks.read(block);
    if (text.text.length > LONG_BLOCK) {
      this.long = { block, text, from: 0, found: [] };
      return;
    }
    highlights.setBlock(block, this.parts.select(block, findTerms(block, text, matcher).found));
  }

  /** Matches the next slice of a long block; registers its terms once the whole block is read. */
  private continueLong(long: LongBlock): void {
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
    this.parts.highlights.setBlock(block, this.parts.select(block, long.found));
  }

  private walk(start: BlockOwner, fullPass: boolean): PendingWalk {
    const walk = new BlockWalk(
      this.parts.blocks,
      start,
      (root) => this.addShadowRoot(root),
      (element) => this.lateShadowRoots.consider(element),
    );
    return { walk, fullPass };
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

  /** The containers of the blocks under a few points of the viewport, to read before the rest. */
  private visibleContainers(): Element[] {
    const { doc, blocks } = this.parts;
    const view = doc.defaultView;
    if (!view || view.innerWidth === 0 || view.innerHeight === 0) return [];
    const containers = new Set<Element>();
    for (const [x, y] of VIEWPORT_PROBES) {
      const hit = doc.elementFromPoint(view.innerWidth * x, view.innerHeight * y);
      const block = hit ? blocks.blockOf(hit) : null;
      const container = block instanceof Element ? (block.parentElement ?? block) : null;
      if (container && container !== doc.body && container !== doc.documentElement) containers.add(container);
    }
    return [...containers];
  }
}
