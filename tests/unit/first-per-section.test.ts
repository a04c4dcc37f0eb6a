// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { TermOccurrence } from '../../entrypoints/content/finding/find-terms';
import { FirstPerSection } from '../../entrypoints/content/finding/first-per-section';

function occurrences(block: Element, entries: number[]): TermOccurrence[] {
  const text = document.createTextNode('x');
  const range = document.createRange();
  return entries.map((entry) => ({ range, entry, block, nodes: [text] }));
}

function byId(id: string): Element {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id}`);
  return element;
}

describe('FirstPerSection', () => {
  it('keeps the first occurrence of each entry per heading', () => {
    document.body.innerHTML =
      '<h2 id="h1">One</h2><p id="a"></p><p id="b"></p><h2 id="h2">Two</h2><div><p id="c"></p></div>';
    const filter = new FirstPerSection();
    const kept = (id: string, entries: number[]) =>
      filter.keep(byId(id), occurrences(byId(id), entries)).map((o) => o.entry);
    expect(kept('a', [1, 2, 1])).toEqual([1, 2]);
    expect(kept('b', [2, 3])).toEqual([3]);
    expect(kept('c', [1, 2])).toEqual([1, 2]);
  });

  it('lets a block that is read again keep what it showed', () => {
    document.body.innerHTML = '<section><p id="a"></p><p id="b"></p></section>';
    const filter = new FirstPerSection();
    filter.keep(byId('a'), occurrences(byId('a'), [1]));
    expect(filter.keep(byId('a'), occurrences(byId('a'), [1])).map((o) => o.entry)).toEqual([1]);
    expect(filter.keep(byId('b'), occurrences(byId('b'), [1])).map((o) => o.entry)).toEqual([]);
  });

  it('treats sibling sections as separate', () => {
    document.body.innerHTML = '<section><p id="a"></p></section><section><p id="b"></p></section>';
    const filter = new FirstPerSection();
    filter.keep(byId('a'), occurrences(byId('a'), [5]));
    expect(filter.keep(byId('b'), occurrences(byId('b'), [5])).map((o) => o.entry)).toEqual([5]);
  });
});
