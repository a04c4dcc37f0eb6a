// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { findMatches, placeTerms } from '../../entrypoints/content/finding/find-terms';
import { MatchList, NOT_MARKED } from '../../entrypoints/content/finding/match-list';
import { TextBlocks } from '../../entrypoints/content/reading/text-blocks';
import { TermMatcher } from '../../glossary/runtime/matcher';

const matcher = TermMatcher.forEntries([['stem cell transplant'], ['bone marrow'], ['MYCN amplification']]);
const blocks = new TextBlocks();

beforeAll(() => {
  // happy-dom's StaticRange cannot be constructed; a holder of the four boundary fields stands in for it.
  vi.stubGlobal(
    'StaticRange',
    class {
      constructor(init: StaticRangeInit) {
        Object.assign(this, init);
      }
    },
  );
});

function paragraph(html: string): HTMLParagraphElement {
  document.body.innerHTML = `<p>${html}</p>`;
  const element = document.querySelector('p');
  if (!element) throw new Error('no paragraph');
  return element;
}

function matchesOf(text: string, from = 0, to = text.length): { matches: MatchList; resumeAt: number } {
  const matches = new MatchList();
  return { matches, resumeAt: findMatches(text, matcher, matches, from, to) };
}

function startsOf(matches: MatchList): number[] {
  return Array.from({ length: matches.length }, (_, index) => matches.start(index));
}

describe('findMatches and placeTerms', () => {
  it('maps a term across inline elements to a range over the page text nodes', () => {
    const block = paragraph('after <i>MYCN</i> amplification was found');
    const text = blocks.read(block);
    const found = placeTerms(block, text, matchesOf(text.text).matches);
    expect(found).toHaveLength(1);
    const [term] = found;
    expect(term?.range.startContainer.textContent).toBe('MYCN');
    expect(term?.range.startOffset).toBe(0);
    expect(term?.range.endContainer.textContent).toBe(' amplification was found');
    expect(term?.range.endOffset).toBe(' amplification'.length);
  });

  it('finds the same terms slice by slice as in one pass, never cutting a term in two', () => {
    const text = 'A stem cell transplant helps the bone marrow recover. '.repeat(40);
    const whole = startsOf(matchesOf(text).matches);
    for (const slice of [7, 16, 31, 100]) {
      const sliced = new MatchList();
      for (let from = 0; from < text.length; ) {
        from = findMatches(text, matcher, sliced, from, Math.min(text.length, from + slice));
      }
      expect(startsOf(sliced)).toEqual(whole);
    }
  });

  it('places only the marked matches, at most as many as fit', () => {
    const block = paragraph('<b>bone marrow</b>, then a stem cell transplant, then bone marrow again');
    const text = blocks.read(block);
    const { matches } = matchesOf(text.text);
    expect(matches.length).toBe(3);
    matches.setEntry(0, NOT_MARKED);
    const placed = (limit?: number) =>
      placeTerms(block, text, matches, limit).map(({ range, entry }) => [range.startOffset, entry]);
    expect(placed()).toEqual([
      [', then a '.length, 0],
      [', then a stem cell transplant, then '.length, 1],
    ]);
    expect(placed(1)).toEqual([[', then a '.length, 0]]);
  });
});
