/**
 * Where the reader is on the page, for "next / previous term": the end of
 * the selection (or the caret a click leaves), else the element that has
 * keyboard focus. Null when neither says anything (focus on the body, or in
 * the extension's own card).
 */
export interface ReadingPoint {
  readonly node: Node;
  readonly offset: number;
}

export function readingPoint(doc: Document, isOwnUi: (node: Node) => boolean): ReadingPoint | null {
  const selection = doc.getSelection();
  if (selection?.focusNode && !isOwnUi(selection.focusNode)) {
    return { node: selection.focusNode, offset: selection.focusOffset };
  }
  const active = doc.activeElement;
  if (active && active !== doc.body && active !== doc.documentElement && !isOwnUi(active)) {
    return { node: active, offset: 0 };
  }
  return null;
}

export function samePoint(a: ReadingPoint | null, b: ReadingPoint | null): boolean {
  return a?.node === b?.node && a?.offset === b?.offset;
}

/**
 * The index of the first term after `point` (direction 1) or the last one
 * before it (-1), in `terms` (reading order); -1 when there is none on that
 * side or the point cannot be compared (it is in another tree).
 */
export function termIndexFrom(
  doc: Document,
  terms: readonly { readonly range: StaticRange }[],
  point: ReadingPoint,
  direction: 1 | -1,
): number {
  const at = doc.createRange();
  try {
    at.setStart(point.node, point.offset);
  } catch {
    return -1;
  }
  const after = (range: StaticRange) => {
    try {
      return at.comparePoint(range.startContainer, range.startOffset) > 0;
    } catch {
      return false;
    }
  };
  if (direction === 1) return terms.findIndex(({ range }) => after(range));
  for (let index = terms.length - 1; index >= 0; index--) {
    const term = terms[index];
    if (term && !after(term.range)) return index;
  }
  return -1;
}
