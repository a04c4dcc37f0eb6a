/**
 * One PDF page's text, as the matcher reads it: the text layer's pieces in
 * reading order (see reading-order.ts), lines joined by a space, a word
 * hyphenated at a line's end joined again ("neuro‐" + "blastoma"), and
 * ligatures spelled out (ﬁ → fi). Each character of that text remembers where
 * it came from in the text layer, so a match becomes a range over the spans
 * the browser shows (and finds in).
 */
import { inReadingOrder, linesOf, type TextPiece } from './reading-order';

/** A piece of text with where it is shown: its text node in the text layer (or null for text not shown). */
export interface PlacedPiece<N = Text> extends TextPiece {
  readonly node: N;
}

export interface PageText<N = Text> {
  readonly text: string;
  readonly nodes: readonly N[];
  /** Per character of `text`: the index of its node in `nodes` (which are in DOM order). */
  readonly nodeOf: Int32Array;
  /** Per character: where it starts and ends in its node's data. */
  readonly startOf: Int32Array;
  readonly endOf: Int32Array;
}

const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};
const HYPHENATION = new Set(['\u2010', '\u00ad']);
/** Soft hyphen: the matcher skips it inside a word, so a dropped line-end hyphen keeps its place in the text. */
export const SOFT_HYPHEN = '\u00ad';
/** A gap wider than this share of the font size between two pieces on a line is a space. */
const SPACE_GAP = 0.15;

export function pageText<N>(pieces: readonly PlacedPiece<N>[]): PageText<N> {
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const startOf: number[] = [];
  const endOf: number[] = [];
  const push = (char: string, node: number, start: number, end: number) => {
    chars.push(char);
    nodeOf.push(node);
    startOf.push(start);
    endOf.push(end);
  };
  /** A space between words that the text layer does not hold (it sits at the previous character's end). */
  const space = () => {
    const last = chars.length - 1;
    if (last < 0 || /\s/.test(chars[last] ?? ' ')) return;
    push(' ', nodeOf[last] ?? 0, endOf[last] ?? 0, endOf[last] ?? 0);
  };
  let previous: { line: number; piece: TextPiece } | null = null;
  inReadingOrder(linesOf(pieces)).forEach((line, lineIndex) => {
    for (const index of line.pieces) {
      const piece = pieces[index];
      if (!piece) continue;
      if (previous) {
        if (previous.line !== lineIndex) joinLines(chars, piece.text, space);
        else if (piece.x - (previous.piece.x + previous.piece.width) > piece.size * SPACE_GAP) space();
      }
      const data = piece.text;
      for (let offset = 0; offset < data.length; offset++) {
        const char = data[offset] ?? '';
        for (const letter of LIGATURES[char] ?? char) push(letter, index, offset, offset + 1);
      }
      previous = { line: lineIndex, piece };
    }
  });
  return {
    text: chars.join(''),
    nodes: pieces.map((piece) => piece.node),
    nodeOf: Int32Array.from(nodeOf),
    startOf: Int32Array.from(startOf),
    endOf: Int32Array.from(endOf),
  };
}

/** How two lines (or the last line of a page and the first of the next) join in the text. */
export type LineJoint = 'none' | 'soft' | 'space';

/**
 * Between two lines: a hyphenation hyphen (U+2010 or a soft hyphen, as
 * typesetters such as Chromium draw a word broken at a line end) before a
 * lower-case continuation is dropped, made soft; a hyphen-minus is a
 * compound's own hyphen ("high-" + "risk") and stays, without a space;
 * anything else is a space. `before` is the text so far (its last two
 * characters count).
 */
export function lineJoint(before: string, next: string): LineJoint {
  const hyphen = before.at(-1) ?? '';
  const beforeHyphen = before.at(-2) ?? '';
  const first = next.trimStart()[0] ?? '';
  if (hyphen === '-' && /[\p{L}\p{N}]/u.test(beforeHyphen) && /[\p{L}\p{N}]/u.test(first)) return 'none';
  if (HYPHENATION.has(hyphen) && /\p{L}/u.test(beforeHyphen) && /\p{Ll}/u.test(first)) return 'soft';
  return 'space';
}

function joinLines(chars: string[], next: string, space: () => void): void {
  const joint = lineJoint((chars.at(-2) ?? '') + (chars.at(-1) ?? ''), next);
  if (joint === 'soft') chars[chars.length - 1] = SOFT_HYPHEN;
  if (joint === 'space') space();
}

/**
 * Where the text from `start` to `end` is in the text layer, or null when
 * its pieces are not next to each other there (text the file draws out of
 * reading order): a range between them would cover other text too.
 */
export function placeOf(page: PageText, start: number, end: number): { range: StaticRange; nodes: Text[] } | null {
  const first = page.nodeOf[start];
  const last = page.nodeOf[end - 1];
  if (first === undefined || last === undefined || last < first) return null;
  for (let at = start + 1; at < end; at++) {
    const step = (page.nodeOf[at] ?? 0) - (page.nodeOf[at - 1] ?? 0);
    if (step !== 0 && step !== 1) return null;
  }
  const startContainer = page.nodes[first];
  const endContainer = page.nodes[last];
  if (!startContainer || !endContainer) return null;
  const range = new StaticRange({
    startContainer,
    startOffset: page.startOf[start] ?? 0,
    endContainer,
    endOffset: page.endOf[end - 1] ?? 0,
  });
  return { range, nodes: page.nodes.slice(first, last + 1) };
}
