/** Fakes of what happy-dom lacks for PageHighlights (the Custom Highlight API, StaticRange), and terms to show. */
import type { TermOccurrence } from '../../entrypoints/content/finding/find-terms';
import { PageHighlights } from '../../entrypoints/content/highlights/page-highlights';
import type { BlockOwner } from '../../entrypoints/content/reading/text-blocks';

export class FakeHighlight extends Set<AbstractRange> implements Highlight {
  priority = 0;
  type: HighlightType = 'highlight';
  override forEach(
    callback: (value: AbstractRange, key: AbstractRange, parent: Highlight) => void,
    thisArg?: unknown,
  ): void {
    for (const value of this) callback.call(thisArg, value, value, this);
  }
}

export class FakeRegistry extends Map<string, Highlight> implements HighlightRegistry {}

class FakeStaticRange implements StaticRange {
  constructor(
    readonly startContainer: Node,
    readonly startOffset: number,
    readonly endContainer: Node,
    readonly endOffset: number,
  ) {}
  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
}

/** A paragraph (a block) appended to `parent`, holding `text`. */
export function block(text: string, parent: Node = document.body): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  parent.appendChild(paragraph);
  return paragraph;
}

/** The occurrence of `word` in a block's text, as the entry `entry`. */
export function term(owner: BlockOwner, word: string, entry = 0): TermOccurrence {
  const text = owner.firstChild;
  if (!(text instanceof Text)) throw new Error('the block holds no text');
  const start = text.data.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in "${text.data}"`);
  return { range: new FakeStaticRange(text, start, text, start + word.length), entry, block: owner };
}

/** `count` occurrences over the first letter of a block's text. */
export function terms(owner: BlockOwner, count: number): TermOccurrence[] {
  return Array.from({ length: count }, () => term(owner, owner.textContent?.charAt(0) ?? ''));
}

/** PageHighlights over `registry`, its terms shown as "medterm-dotted"; a block is a text node's parent. */
export function showHighlights(registry: HighlightRegistry): PageHighlights {
  const page = new PageHighlights(
    (node) => node.parentElement,
    () => false,
    registry,
  );
  page.show({ term: 'medterm-dotted', quiet: 'medterm-dotted-quiet' });
  return page;
}

/** The texts of the ranges registered under `name`. */
export function shownIn(registry: HighlightRegistry, name = 'medterm-dotted'): string[] {
  return [...(registry.get(name) ?? [])].map(
    (range) => range.startContainer.textContent?.slice(range.startOffset, range.endOffset) ?? '',
  );
}
