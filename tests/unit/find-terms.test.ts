// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { findTerms } from '../../entrypoints/content/finding/find-terms';
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

describe('findTerms', () => {
  it('maps a term across inline elements to a range over the page text nodes', () => {
    const block = paragraph('after <i>MYCN</i> amplification was found');
    const { found } = findTerms(block, blocks.read(block), matcher);
    expect(found).toHaveLength(1);
    const [term] = found;
    expect(term?.range.startContainer.textContent).toBe('MYCN');
    expect(term?.range.startOffset).toBe(0);
    expect(term?.range.endContainer.textContent).toBe(' amplification was found');
    expect(term?.range.endOffset).toBe(' amplification'.length);
  });

  it('finds the same terms slice by slice as in one pass, never cutting a term in two', () => {
    const sentence = 'A stem cell transplant helps the bone marrow recover. ';
    const block = paragraph(sentence.repeat(40));
    const text = blocks.read(block);
    const whole = findTerms(block, text, matcher).found.map(({ range }) => range.startOffset);
    for (const slice of [7, 16, 31, 100]) {
      const sliced: number[] = [];
      for (let from = 0; from < text.text.length; ) {
        const { found, resumeAt } = findTerms(block, text, matcher, from, Math.min(text.text.length, from + slice));
        sliced.push(...found.map(({ range }) => range.startOffset));
        from = resumeAt;
      }
      expect(sliced).toEqual(whole);
    }
  });
});
