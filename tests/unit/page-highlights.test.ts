// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TermOccurrence } from '../../entrypoints/content/finding/find-terms';
import { MAX_HIGHLIGHTS, PageHighlights } from '../../entrypoints/content/highlights/page-highlights';
import type { BlockOwner } from '../../entrypoints/content/reading/text-blocks';

// happy-dom has neither the Custom Highlight API nor StaticRange.
class FakeHighlight extends Set<AbstractRange> implements Highlight {
  priority = 0;
  type: HighlightType = 'highlight';
  override forEach(
    callback: (value: AbstractRange, key: AbstractRange, parent: Highlight) => void,
    thisArg?: unknown,
  ): void {
    for (const value of this) callback.call(thisArg, value, value, this);
  }
}

class FakeRegistry extends Map<string, Highlight> implements HighlightRegistry {}

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

let registry: FakeRegistry;

/** A paragraph (a block) appended to `parent`, holding `text`. */
function block(text: string, parent: Node = document.body): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  parent.appendChild(paragraph);
  return paragraph;
}

/** The occurrence of `word` in a block's text, as the entry `entry`. */
function term(owner: BlockOwner, word: string, entry = 0): TermOccurrence {
  const text = owner.firstChild;
  if (!(text instanceof Text)) throw new Error('the block holds no text');
  const start = text.data.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in "${text.data}"`);
  return { range: new FakeStaticRange(text, start, text, start + word.length), entry, block: owner, nodes: [text] };
}

/** `count` occurrences over the first letter of a block's text. */
function terms(owner: BlockOwner, count: number): TermOccurrence[] {
  return Array.from({ length: count }, () => term(owner, owner.textContent?.charAt(0) ?? ''));
}

function highlights(): PageHighlights {
  const page = new PageHighlights((node) => node.parentElement, registry);
  page.show('medterm-dotted');
  return page;
}

/** The texts of the ranges registered under `name`. */
function shown(name = 'medterm-dotted'): string[] {
  return [...(registry.get(name) ?? [])].map(
    (range) => range.startContainer.textContent?.slice(range.startOffset, range.endOffset) ?? '',
  );
}

beforeEach(() => {
  document.body.innerHTML = '';
  registry = new FakeRegistry();
  vi.stubGlobal('Highlight', FakeHighlight);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('PageHighlights', () => {
  it('registers its ranges under the shown name and moves them when the name changes', () => {
    const page = highlights();
    const paragraph = block('fever and pallor');
    page.setBlock(paragraph, [term(paragraph, 'fever'), term(paragraph, 'pallor')]);
    expect(shown()).toEqual(['fever', 'pallor']);

    page.show('medterm-solid');
    expect([...registry.keys()]).toEqual(['medterm-solid']);
    expect(shown('medterm-solid')).toEqual(['fever', 'pallor']);
  });

  it("leaves a name alone on hide once someone else's highlight holds it", () => {
    const page = highlights();
    const theirs = new FakeHighlight();
    registry.set('medterm-dotted', theirs);
    page.hide();
    expect(registry.get('medterm-dotted')).toBe(theirs);
  });

  it('replaces the terms of a block and leaves the other blocks as they were', () => {
    const page = highlights();
    const first = block('fever and pallor');
    const second = block('bone marrow');
    page.setBlock(first, [term(first, 'fever'), term(first, 'pallor')]);
    page.setBlock(second, [term(second, 'marrow')]);

    page.setBlock(first, [term(first, 'pallor')]);
    expect(shown().sort()).toEqual(['marrow', 'pallor']);
    expect(page.size).toBe(2);
    expect(page.has(first)).toBe(true);

    page.setBlock(first, []);
    expect(shown()).toEqual(['marrow']);
    expect(page.has(first)).toBe(false);
  });

  it('drops the terms of a block, and of every block that has left the page', () => {
    const page = highlights();
    const [kept, dropped, detached] = [block('fever'), block('pallor'), block('relapse')];
    for (const owner of [kept, dropped, detached]) page.setBlock(owner, terms(owner, 1));
    page.dropBlock(dropped);
    detached.remove();
    page.dropDetached();
    expect(shown()).toEqual(['f']);
  });

  it('counts each entry once while any of its terms is shown', () => {
    const page = highlights();
    const first = block('fever fever');
    const second = block('pallor');
    page.setBlock(first, [term(first, 'fever', 7), term(first, 'fever', 7)]);
    page.setBlock(second, [term(second, 'pallor', 3)]);
    expect(page.distinctEntries().sort()).toEqual([3, 7]);
    page.dropBlock(first);
    expect(page.distinctEntries()).toEqual([3]);
  });

  it('stops at MAX_HIGHLIGHTS ranges', () => {
    const page = highlights();
    const first = block('a');
    const second = block('b');
    page.setBlock(first, terms(first, MAX_HIGHLIGHTS - 2));
    expect(page.capped).toBe(false);
    page.setBlock(second, terms(second, 5));
    expect(page.size).toBe(MAX_HIGHLIGHTS);
    expect(page.capped).toBe(true);
    expect(shown().filter((text) => text === 'b')).toHaveLength(2);

    const third = block('c');
    page.setBlock(third, terms(third, 1));
    expect(page.has(third)).toBe(false);
    expect(page.size).toBe(MAX_HIGHLIGHTS);
  });

  it('makes room at the cap from the blocks read longest ago that may give way', () => {
    const page = highlights();
    const [oldest, older, kept] = [block('a'), block('b'), block('c')];
    page.setBlock(oldest, terms(oldest, 10));
    page.setBlock(older, terms(older, 10));
    page.setBlock(kept, terms(kept, MAX_HIGHLIGHTS - 20));

    const near = block('n');
    page.setBlock(near, terms(near, 5), (other) => other !== kept);
    expect([oldest, older, kept, near].map((owner) => page.has(owner))).toEqual([false, true, true, true]);
    expect(page.size).toBe(MAX_HIGHLIGHTS - 5);
  });

  it('makes no room at the cap from blocks that may not give way', () => {
    const page = highlights();
    const full = block('a');
    page.setBlock(full, terms(full, MAX_HIGHLIGHTS));
    const near = block('n');
    page.setBlock(near, terms(near, 1), () => false);
    expect(page.has(full)).toBe(true);
    expect(page.has(near)).toBe(false);
  });

  it('holds new ranges back while batching and adds them at a flush', () => {
    const page = highlights();
    page.startBatch();
    const first = block('fever');
    page.setBlock(first, [term(first, 'fever')]);
    expect(shown()).toEqual([]);
    expect(page.size).toBe(1);

    page.flush(true);
    expect(shown()).toEqual(['fever']);
    const second = block('pallor');
    page.setBlock(second, [term(second, 'pallor')]);
    expect(shown()).toEqual(['fever']);

    page.flush(false);
    const third = block('relapse');
    page.setBlock(third, [term(third, 'relapse')]);
    expect(shown()).toEqual(['fever', 'pallor', 'relapse']);
  });

  it('drops the held-back ranges of a block replaced while batching', () => {
    const page = highlights();
    page.startBatch();
    const paragraph = block('fever and pallor');
    page.setBlock(paragraph, [term(paragraph, 'fever')]);
    page.setBlock(paragraph, [term(paragraph, 'pallor')]);
    page.flush(false);
    expect(shown()).toEqual(['pallor']);
  });

  it('lists the terms in reading order, a shadow root read where its host stands', () => {
    const page = highlights();
    const before = block('fever');
    const host = document.createElement('div');
    document.body.appendChild(host);
    const root = host.attachShadow({ mode: 'open' });
    const inShadow = block('pallor', root);
    const after = block('relapse');
    page.setBlock(after, [term(after, 'relapse')]);
    page.setBlock(inShadow, [term(inShadow, 'pallor')]);
    page.setBlock(before, [term(before, 'fever')]);
    const read = () => page.inDocumentOrder().map(({ block: owner }) => owner.textContent);
    expect(read()).toEqual(['fever', 'pallor', 'relapse']);

    page.dropBlock(inShadow);
    expect(read()).toEqual(['fever', 'relapse']);
  });

  it('finds the term under a caret position, and none beside it', () => {
    const page = highlights();
    const paragraph = block('high fever today');
    const fever = term(paragraph, 'fever');
    page.setBlock(paragraph, [fever]);
    const text = fever.nodes[0];
    if (!text) throw new Error('no text node');
    expect(page.at(text, 5)).toBe(fever);
    expect(page.at(text, 10)).toBe(fever);
    expect(page.at(text, 2)).toBeNull();
    expect(page.at(text, 12)).toBeNull();
    expect(page.at(paragraph, 0)).toBeNull();
  });

  it('clears every term and its registration', () => {
    const page = highlights();
    page.startBatch();
    const paragraph = block('fever');
    page.setBlock(paragraph, [term(paragraph, 'fever', 1)]);
    page.clear();
    page.flush(false);
    expect(registry.size).toBe(0);
    expect(page.size).toBe(0);
    expect(page.has(paragraph)).toBe(false);
    expect(page.distinctEntries()).toEqual([]);
    expect(page.inDocumentOrder()).toEqual([]);
  });
});
