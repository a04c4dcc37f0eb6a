// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageHighlights } from '../../entrypoints/content/highlights/page-highlights';
import { block, FakeHighlight, FakeRegistry, showHighlights, shownIn, term, terms } from './fake-highlights';

let registry: FakeRegistry;
const highlights = () => showHighlights(registry);
const shown = (name?: string) => shownIn(registry, name);

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

    page.show({ term: 'medterm-solid', quiet: 'medterm-solid-quiet' });
    expect([...registry.keys()]).toEqual(['medterm-solid', 'medterm-solid-quiet']);
    expect(shown('medterm-solid')).toEqual(['fever', 'pallor']);
  });

  it('draws everyday words in the quiet highlight beside the terms that matter', () => {
    const EVERYDAY = 1;
    const page = new PageHighlights(
      (node) => node.parentElement,
      (entry) => entry === EVERYDAY,
      registry,
    );
    page.show({ term: 'medterm-dotted', quiet: 'medterm-dotted-quiet' });
    const paragraph = block('fever and pallor');
    page.setBlock(paragraph, [term(paragraph, 'fever', EVERYDAY), term(paragraph, 'pallor')]);
    expect(shown('medterm-dotted')).toEqual(['pallor']);
    expect(shown('medterm-dotted-quiet')).toEqual(['fever']);
    page.dropBlock(paragraph);
    expect(shown('medterm-dotted-quiet')).toEqual([]);
    page.hide();
    expect([...registry.keys()]).toEqual([]);
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
    const text = fever.range.startContainer;
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
