/**
 * A PDF page's text pieces → lines in reading order. pdf.js gives text in
 * the order the file draws it, with positions; papers set in two columns are
 * read column by column here: lines are grouped from the pieces, the gaps no
 * line crosses are the column gutters, and between lines that span the
 * page (titles, full-width figures and footers) each band of the page is read
 * one column after the other, top to bottom.
 */

/** One run of text as pdf.js placed it (y grows downwards; units are the page's). */
export interface TextPiece {
  readonly text: string;
  /** Left end of the baseline. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size. */
  readonly size: number;
}

/** Pieces on one baseline, left to right, without a column gutter inside. */
export interface Line {
  readonly pieces: number[];
  readonly x0: number;
  x1: number;
  readonly y: number;
  readonly size: number;
}

/** A gap wider than this many font sizes between pieces on a baseline starts a new line (a gutter or a table cell). */
const MAX_WORD_GAP = 1.5;
/** Lines narrower than this share of the text's width count as column lines when gutters are looked for. */
const COLUMN_LINE_SHARE = 0.6;
/** At most this share of column lines may cross a gutter. */
const CROSSING_SHARE = 0.03;
/** A gutter has at least this many column lines on each side. */
const MIN_LINES_BESIDE = 3;

export function linesOf(pieces: readonly TextPiece[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  pieces.forEach((piece, index) => {
    if (piece.text.length === 0) return;
    const sameBaseline = line !== null && Math.abs(piece.y - line.y) < line.size * 0.5;
    const continues = line !== null && piece.x >= line.x1 - line.size && piece.x - line.x1 <= line.size * MAX_WORD_GAP;
    if (line && sameBaseline && continues) {
      line.pieces.push(index);
      line.x1 = Math.max(line.x1, piece.x + piece.width);
      return;
    }
    line = { pieces: [index], x0: piece.x, x1: piece.x + piece.width, y: piece.y, size: piece.size || 1 };
    lines.push(line);
  });
  return lines;
}

/**
 * The x positions between columns: gaps at least a font size wide that
 * (almost) no column line crosses, with column lines on both sides. A few
 * crossing lines are allowed, such as the short last line of an abstract
 * set across the page; they read as page-wide lines.
 */
export function gutters(lines: readonly Line[]): number[] {
  if (lines.length === 0) return [];
  const left = Math.floor(Math.min(...lines.map((line) => line.x0)));
  const right = Math.ceil(Math.max(...lines.map((line) => line.x1)));
  const columnLines = lines.filter((line) => line.x1 - line.x0 < (right - left) * COLUMN_LINE_SHARE);
  const sizes = columnLines.map((line) => line.size).sort((a, b) => a - b);
  const minGap = sizes[sizes.length >> 1] ?? 1;
  const crossingAllowed = Math.max(1, Math.floor(columnLines.length * CROSSING_SHARE));
  // How many column lines cover each unit of width, from a difference array.
  const cover = new Int32Array(right - left + 2);
  for (const line of columnLines) {
    cover[Math.floor(line.x0) - left] = (cover[Math.floor(line.x0) - left] ?? 0) + 1;
    cover[Math.ceil(line.x1) - left] = (cover[Math.ceil(line.x1) - left] ?? 0) - 1;
  }
  const found: number[] = [];
  let depth = 0;
  let gapStart = -1;
  for (let at = 0; at < cover.length - 1; at++) {
    depth += cover[at] ?? 0;
    const open = depth <= crossingAllowed;
    if (open && gapStart < 0) gapStart = at;
    if (open || gapStart < 0) continue;
    const [x0, x1] = [left + gapStart, left + at];
    gapStart = -1;
    if (x1 - x0 < minGap) continue;
    const before = columnLines.filter((line) => line.x1 <= x0 + 1).length;
    const after = columnLines.filter((line) => line.x0 >= x1 - 1).length;
    if (before >= MIN_LINES_BESIDE && after >= MIN_LINES_BESIDE) found.push((x0 + x1) / 2);
  }
  return found;
}

/** The lines in reading order: bands between page-wide lines, each read column by column. */
export function inReadingOrder(lines: readonly Line[]): Line[] {
  const cuts = gutters(lines);
  const byTop = [...lines].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const columnOf = (line: Line) => {
    const column = cuts.findIndex((cut) => line.x1 <= cut);
    return column === -1 ? cuts.length : column;
  };
  const spans = (line: Line) => cuts.some((cut) => line.x0 < cut && line.x1 > cut);
  const ordered: Line[] = [];
  let band: Line[] = [];
  const flushBand = () => {
    const columns = cuts.length + 1;
    for (let column = 0; column < columns; column++) {
      ordered.push(...band.filter((line) => columnOf(line) === column));
    }
    band = [];
  };
  for (const line of byTop) {
    if (spans(line)) {
      flushBand();
      ordered.push(line);
    } else {
      band.push(line);
    }
  }
  flushBand();
  return ordered;
}
