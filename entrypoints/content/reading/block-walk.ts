/**
 * Visits the blocks under a root in document order, a few at a time, and
 * reads each one's text on the way: the read that gives a block its text also
 * finds the blocks nested in it, so each node of the page is visited once.
 * The walk keeps its place between calls so a long page can be read in slices.
 */
import type { BlockOwner, BlockText, NestedBlocks, TextBlocks } from './text-blocks';

/** Built-in elements that may host a shadow root (custom elements may too); others need no check. */
const SHADOW_HOSTS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

const NO_TEXT: BlockText = { text: '', nodes: [], starts: [] };

export class BlockWalk {
  /** Blocks still to visit, last to first, so they pop in document order. */
  private readonly pending: Element[] = [];
  private readonly found: NestedBlocks;
  private started = false;
  /** The text of the block `next` returned last. */
  text: BlockText = NO_TEXT;

  constructor(
    private readonly blocks: TextBlocks,
    private readonly root: BlockOwner,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
    /** Called for each custom element without a shadow root (it may get one later). */
    private readonly onCustomElement: (element: Element) => void = () => {},
    /** False when the page is known to have no editable region, which saves a check per element. */
    private readonly checkEditable = true,
  ) {
    this.found = { nested: this.pending, onShadowRoot };
  }

  /** The next block (its text in `text`), or null when the walk is over. */
  next(): BlockOwner | null {
    if (!this.started) {
      this.started = true;
      const root = this.root;
      if (root instanceof Element) {
        if (this.blocks.isExcluded(root)) return null;
        if (root.shadowRoot) this.onShadowRoot(root.shadowRoot);
      }
      // An inline root owns no text of its own here, but the blocks inside it are walked.
      const text = this.readNested(root);
      if (root instanceof ShadowRoot || this.blocks.isBlock(root)) {
        this.text = text;
        return root;
      }
    }
    const element = this.pending.pop();
    if (!element) {
      this.text = NO_TEXT;
      return null;
    }
    const name = element.localName;
    const custom = name.includes('-');
    if (custom || SHADOW_HOSTS.has(name)) {
      const shadow = element.shadowRoot;
      if (shadow) this.onShadowRoot(shadow);
      else if (custom) this.onCustomElement(element);
    }
    this.text = this.readNested(element);
    return element;
  }

  /** Reads a block's text; the blocks nested in it join the pending ones. */
  private readNested(owner: BlockOwner): BlockText {
    const pending = this.pending;
    const from = pending.length;
    const text = this.blocks.read(owner, this.checkEditable, this.found);
    for (let low = from, high = pending.length - 1; low < high; low++, high--) {
      const swapped = pending[low] as Element;
      pending[low] = pending[high] as Element;
      pending[high] = swapped;
    }
    return text;
  }
}
