import { describe, expect, it } from 'vitest';
import { MatchList, NOT_MARKED } from '../../entrypoints/content/finding/match-list';

function triples(list: MatchList): number[][] {
  return Array.from({ length: list.length }, (_, index) => [list.start(index), list.end(index), list.entry(index)]);
}

describe('MatchList', () => {
  it('grows past its first storage and keeps every match in order', () => {
    const list = new MatchList();
    for (let index = 0; index < 1000; index++) list.push(index * 10, index * 10 + 4, index % 7);
    expect(list.length).toBe(1000);
    expect(triples(list)[999]).toEqual([9990, 9994, 999 % 7]);
    expect(triples(list)[0]).toEqual([0, 4, 0]);
  });

  it('takes matches through a detached push (the matcher calls it as a plain function)', () => {
    const list = new MatchList();
    const { push } = list;
    push(0, 3, 1);
    push(5, 9, 2);
    push(12, 15, 3);
    expect(triples(list)).toEqual([
      [0, 3, 1],
      [5, 9, 2],
      [12, 15, 3],
    ]);
  });

  it('drops the matches that start at or past an offset, counts the marked ones and empties for reuse', () => {
    const list = new MatchList();
    list.push(0, 3, 1);
    list.push(5, 9, 2);
    list.push(12, 15, 3);
    list.dropFrom(5);
    expect(triples(list)).toEqual([[0, 3, 1]]);
    list.push(6, 8, 2);
    list.setEntry(0, NOT_MARKED);
    expect(list.markedCount()).toBe(1);
    list.clear();
    expect(list.length).toBe(0);
  });
});
