// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageSentence } from '../../entrypoints/reader/page-sentence';
import { type PlacedPiece, pageText } from '../../entrypoints/reader/page-text';

/** Text-layer spans of one page: each line's pieces left to right, lines 12 units apart. */
function layer(...lines: string[][]): PlacedPiece[] {
  return lines.flatMap((texts, row) => {
    let x = 0;
    return texts.map((text) => {
      const placed = {
        text,
        x,
        y: 10 + row * 12,
        width: text.length * 5,
        size: 10,
        node: document.createTextNode(text),
      };
      x += text.length * 5;
      return placed;
    });
  });
}

function rangeOver(start: Text, startOffset: number, end: Text, endOffset: number) {
  return { startContainer: start, startOffset, endContainer: end, endOffset };
}

describe('the sentence of a term on a PDF page', () => {
  it('is read in reading order, across spans and a hyphenated line end', () => {
    const pieces = layer(['Scans were clear. The child had neuro\u2010'], ['blastoma in the belly. Then', ' more.']);
    const page = pageText(pieces);
    const [first, second] = pieces.map((piece) => piece.node);
    if (!first || !second) throw new Error('no spans');
    const range = rangeOver(first, first.data.indexOf('neuro'), second, 'blastoma'.length);
    expect(pageSentence(page, range)).toBe('The child had neuroblastoma in the belly.');
  });

  it('is empty for a range outside the page text', () => {
    const page = pageText(layer(['Neuroblastoma is a cancer.']));
    const elsewhere = document.createTextNode('neuroblastoma');
    expect(pageSentence(page, rangeOver(elsewhere, 0, elsewhere, 13))).toBe('');
    expect(pageSentence(undefined, rangeOver(elsewhere, 0, elsewhere, 13))).toBe('');
  });
});
