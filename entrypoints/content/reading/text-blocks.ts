/**
 * Page → blocks of text. A block is an element (paragraph, list item, cell,
 * heading…) or a shadow root whose inline content reads as one run of text:
 * text inside <i>, <a>, <span>… joins its neighbours, so "<i>MYCN</i>
 * amplification" is one term. Nested blocks, <br>, <sup> and <sub> separate
 * words. Excluded subtrees (scripts, form fields, code, editable regions, the
 * extension's own UI) are never read.
 */

/** Stands between runs of text that must not join into one word. */
export const SEPARATOR = '\u0001';

const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  'rb',
  'rp',
  'rt',
  'ruby',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);
/** Inline, but their text is a word of its own (footnote markers, formula indices). */
const SEPARATED_INLINE = new Set(['sup', 'sub']);
const EXCLUDED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
]);

export type BlockOwner = Element | ShadowRoot;

/** The text of one block and where each piece of it lives in the page. */
export interface BlockText {
  readonly text: string;
  /** The text nodes the block's text was read from, in order. */
  readonly nodes: readonly Text[];
  /** Offset in `text` where each node's data begins. */
  readonly starts: readonly number[];
}

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

/** Decides which parts of a page are read; `ownUiName` is the tag of the extension's host. */
export class TextBlocks {
  constructor(private readonly ownUiName: string) {}

  /** Excluded by its tag alone (scripts, form fields, code, the extension's host…). */
  excludesTag(name: string): boolean {
    return EXCLUDED.has(name) || name === this.ownUiName;
  }

  isEditable(element: Element): boolean {
    const editable = element.getAttribute('contenteditable');
    return editable !== null && editable !== 'false';
  }

  isExcluded(element: Element): boolean {
    return this.excludesTag(element.localName) || this.isEditable(element);
  }

  isBlockTag(name: string): boolean {
    return !INLINE.has(name) && !SEPARATED_INLINE.has(name) && name !== 'br';
  }

  isBlock(element: Element): boolean {
    return this.isBlockTag(element.localName);
  }

  /** The block that owns the text at `node`, or null when it sits in an excluded subtree. */
  blockOf(node: Node): BlockOwner | null {
    let current: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
    let owner: BlockOwner | null = null;
    while (current) {
      if (current instanceof ShadowRoot) return owner ?? current;
      if (!(current instanceof Element)) return owner;
      if (this.isExcluded(current)) return null;
      if (!owner && this.isBlock(current)) owner = current;
      current = current.parentNode;
    }
    return owner;
  }

  /** Reads a block's own inline text, stopping at nested blocks and excluded subtrees. */
  read(block: BlockOwner, checkEditable = true): BlockText {
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = '';
    const stack: Element[] = [];
    let node: Node | null = block.firstChild;
    while (node || stack.length > 0) {
      if (!node) {
        const finished = stack.pop();
        if (finished && SEPARATED_INLINE.has(finished.localName)) text += SEPARATOR;
        node = finished?.nextSibling ?? null;
        continue;
      }
      if (node.nodeType === Node.TEXT_NODE) {
        const data = (node as Text).data;
        if (data.length > 0) {
          nodes.push(node as Text);
          starts.push(text.length);
          text += data;
        }
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        const name = element.localName;
        if (
          name === 'br' ||
          this.isBlockTag(name) ||
          this.excludesTag(name) ||
          (checkEditable && this.isEditable(element))
        ) {
          text += SEPARATOR;
        } else if (element.firstChild) {
          if (SEPARATED_INLINE.has(name)) text += SEPARATOR;
          stack.push(element);
          node = element.firstChild;
          continue;
        }
      }
      node = node.nextSibling;
    }
    return { text, nodes, starts };
  }
}

/**
 * Visits the blocks under a root in document order, a few at a time: the
 * walk keeps its place between calls so a long page can be read in slices.
 */
export class BlockWalk {
  private readonly pending: Element[] = [];
  private started = false;

  constructor(
    private readonly blocks: TextBlocks,
    private readonly root: BlockOwner,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
    /** Called for each custom element without a shadow root (it may get one later). */
    private readonly onCustomElement: (element: Element) => void = () => {},
    /** False when the page is known to have no editable region, which saves a check per element. */
    private readonly checkEditable = true,
  ) {}

  /** The next block, or null when the walk is over. */
  next(): BlockOwner | null {
    if (!this.started) {
      this.started = true;
      const root = this.root;
      if (root instanceof Element) {
        if (this.blocks.isExcluded(root)) return null;
        if (root.shadowRoot) this.onShadowRoot(root.shadowRoot);
      }
      this.pushChildren(root);
      if (root instanceof ShadowRoot || this.blocks.isBlock(root)) return root;
    }
    // The hot loop of the first pass: each element's tag is read once.
    for (let element = this.pending.pop(); element; element = this.pending.pop()) {
      const name = element.localName;
      if (this.blocks.excludesTag(name) || (this.checkEditable && this.blocks.isEditable(element))) continue;
      const custom = name.includes('-');
      if (custom || SHADOW_HOSTS.has(name)) {
        const shadow = element.shadowRoot;
        if (shadow) this.onShadowRoot(shadow);
        else if (custom) this.onCustomElement(element);
      }
      this.pushChildren(element);
      if (this.blocks.isBlockTag(name)) return element;
    }
    return null;
  }

  private pushChildren(parent: BlockOwner): void {
    // Pushed last to first, so they pop in document order.
    for (let child = parent.lastElementChild; child; child = child.previousElementSibling) this.pending.push(child);
  }
}
