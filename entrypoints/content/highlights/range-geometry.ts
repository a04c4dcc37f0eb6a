/** Where a term's text is on screen: its StaticRange measured through a live Range. */

/** A live Range over a term's text, for measuring or reading it. */
export function liveRange(doc: Document, range: StaticRange): Range {
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

/** The viewport rectangles of a term's text. */
export function rectsOf(doc: Document, range: StaticRange): DOMRectList {
  return liveRange(doc, range).getClientRects();
}
