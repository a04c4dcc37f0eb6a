import { describe, expect, it } from 'vitest';
import { type PlacedPiece, pageText } from '../../entrypoints/reader/page-text';
import { gutters, inReadingOrder, linesOf } from '../../entrypoints/reader/reading-order';

/** A piece of 10 pt text at (x, y), 5 units per character; its node is its own text. */
function piece(text: string, x: number, y: number): PlacedPiece<string> {
  return { text, x, y, width: text.length * 5, size: 10, node: text };
}

/** Pieces laid out left to right on one baseline, each starting where the previous ends. */
function line(y: number, x: number, ...texts: string[]): PlacedPiece<string>[] {
  const pieces: PlacedPiece<string>[] = [];
  for (const text of texts) {
    pieces.push(piece(text, x, y));
    x += text.length * 5;
  }
  return pieces;
}

describe('page text', () => {
  it('joins pieces of a word and lines with a space', () => {
    const text = pageText([...line(10, 0, 'Neur', 'obla', 'stoma is'), ...line(22, 0, 'a cancer')]).text;
    expect(text).toBe('Neuroblastoma is a cancer');
  });

  it('softens a hyphen at a line end before a lower-case continuation', () => {
    const pieces = [...line(10, 0, 'With Neur', 'obla', '\u2010'), ...line(22, 0, 'stoma That')];
    expect(pageText(pieces).text).toBe('With Neurobla\u00adstoma That');
  });

  it("keeps a compound's own hyphen at a line end, without a space", () => {
    expect(pageText([...line(10, 0, 'high-'), ...line(22, 0, 'risk and anti-'), ...line(34, 0, 'GD2')]).text).toBe(
      'high-risk and anti-GD2',
    );
  });

  it('keeps the hyphen of a number-word compound at a line end', () => {
    expect(pageText([...line(10, 0, 'oral 13-'), ...line(22, 0, 'cis-retinoic acid')]).text).toBe(
      'oral 13-cis-retinoic acid',
    );
  });

  it('keeps a hyphenation hyphen before a capital', () => {
    expect(pageText([...line(10, 0, 'MYCN\u2010'), ...line(22, 0, 'MYCN')]).text).toBe('MYCN\u2010 MYCN');
  });

  it('spells out ligatures, each letter pointing at the ligature', () => {
    const page = pageText(line(10, 0, 'con\ufb01rmed'));
    expect(page.text).toBe('confirmed');
    expect([page.startOf[3], page.endOf[3], page.startOf[4], page.endOf[4]]).toEqual([3, 4, 3, 4]);
  });

  it('inserts a space where pieces on a line stand apart', () => {
    expect(pageText([piece('bone', 0, 10), piece('marrow', 30, 10)]).text).toBe('bone marrow');
  });
});

describe('reading order', () => {
  /** Two columns of `rows` lines each (left at x 0–200, right at x 230–430) under a full-width title. */
  function twoColumns(rows: number): PlacedPiece<string>[] {
    const pieces = [piece('A title that spans both columns of the page here', 0, 0)];
    pieces[0] = { ...pieces[0], width: 430 } as PlacedPiece<string>;
    for (let row = 0; row < rows; row++) {
      pieces.push({ ...piece(`left ${row}`, 0, 20 + row * 12), width: 200 });
      pieces.push({ ...piece(`right ${row}`, 230, 20 + row * 12), width: 200 });
    }
    return pieces;
  }

  it('finds the gutter between two columns', () => {
    expect(gutters(linesOf(twoColumns(5)))).toEqual([215]);
  });

  it('reads the title, then the left column, then the right one', () => {
    const pieces = twoColumns(3);
    const order = inReadingOrder(linesOf(pieces)).map((found) => pieces[found.pieces[0] ?? 0]?.text);
    expect(order).toEqual([
      'A title that spans both columns of the page here',
      'left 0',
      'left 1',
      'left 2',
      'right 0',
      'right 1',
      'right 2',
    ]);
  });

  it('finds the gutter though a short line of a page-wide paragraph crosses it', () => {
    const pieces = [...twoColumns(40), { ...piece('risk neuroblastoma and treatment.', 0, 8), width: 290 }];
    expect(gutters(linesOf(pieces))).toEqual([215]);
  });

  it('sees no columns in a single-column page', () => {
    const pieces = Array.from({ length: 6 }, (_, row) => ({ ...piece(`line ${row}`, 0, row * 12), width: 430 }));
    expect(gutters(linesOf(pieces))).toEqual([]);
  });
});
