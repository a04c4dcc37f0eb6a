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

/** What a walk learns from reading a block, besides its text. */
export interface NestedBlocks {
  /** The blocks nested in it (excluded ones left out), in document order. */
  readonly nested: Element[];
  /** Shadow roots of inline hosts (<span>) inside it. */
  readonly onShadowRoot: (root: ShadowRoot) => void;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Decides which parts of a page are read. The extension's own host needs no
 * exclusion: its content is in a closed shadow root, which no walk enters.
 */
export class TextBlocks {
  /** Excluded by its tag alone (scripts, form fields, code…). */
  excludesTag(name: string): boolean {
    return EXCLUDED.has(name);
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
    let current: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
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

  /**
   * Reads a block's own inline text, stopping at nested blocks and excluded
   * subtrees. With `found`, the nested blocks (not excluded ones) are added
   * to `found.nested` in document order and shadow roots of inline hosts are
   * reported, so a walk learns where to go next from this one read.
   */
  read(block: BlockOwner, checkEditable = true, found?: NestedBlocks): BlockText {
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
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        const data = (node as Text).data;
        if (data.length > 0) {
          nodes.push(node as Text);
          starts.push(text.length);
          text += data;
        }
      } else if (type === ELEMENT_NODE) {
        const element = node as Element;
        const name = element.localName;
        if (INLINE.has(name) || SEPARATED_INLINE.has(name)) {
          if (checkEditable && this.isEditable(element)) text += SEPARATOR;
          else {
            if (found && name === 'span' && element.shadowRoot) found.onShadowRoot(element.shadowRoot);
            const first = element.firstChild;
            if (first) {
              if (SEPARATED_INLINE.has(name)) text += SEPARATOR;
              stack.push(element);
              node = first;
              continue;
            }
          }
        } else {
          text += SEPARATOR;
          if (found && name !== 'br' && !this.excludesTag(name) && !(checkEditable && this.isEditable(element))) {
            found.nested.push(element);
          }
        }
      }
      node = node.nextSibling;
    }
    return { text, nodes, starts };
  }
}
