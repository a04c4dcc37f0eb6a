// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FirstPerSection } from '../../entrypoints/content/finding/first-per-section';
import { MatchList, NOT_MARKED } from '../../entrypoints/content/finding/match-list';

/** The entries `filter` leaves marked of these matches in the block with this id. */
function kept(filter: FirstPerSection, id: string, entries: number[]): number[] {
  const matches = new MatchList();
  for (const entry of entries) matches.push(0, 0, entry);
  filter.keep(byId(id), matches);
  return Array.from({ length: matches.length }, (_, index) => matches.entry(index)).filter(
    (entry) => entry !== NOT_MARKED,
  );
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
    expect(kept(filter, 'a', [1, 2, 1])).toEqual([1, 2]);
    expect(kept(filter, 'b', [2, 3])).toEqual([3]);
    expect(kept(filter, 'c', [1, 2])).toEqual([1, 2]);
  });

  it('lets a block that is read again keep what it showed', () => {
    document.body.innerHTML = '<section><p id="a"></p><p id="b"></p></section>';
    const filter = new FirstPerSection();
    kept(filter, 'a', [1]);
    expect(kept(filter, 'a', [1])).toEqual([1]);
    expect(kept(filter, 'b', [1])).toEqual([]);
  });

  it('treats sibling sections as separate', () => {
    document.body.innerHTML = '<section><p id="a"></p></section><section><p id="b"></p></section>';
    const filter = new FirstPerSection();
    kept(filter, 'a', [5]);
    expect(kept(filter, 'b', [5])).toEqual([5]);
  });
});
