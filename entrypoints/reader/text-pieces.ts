/**
 * pdf.js's text items → pieces for reading order (page-text.ts): each item's
 * text with where it sits on the unscaled page (y growing downwards), and
 * what shows it (a text-layer node, or nothing when the page is not rendered).
 */
import type { PageViewport } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import type { PlacedPiece } from './page-text';

export function textItems(content: TextContent): TextItem[] {
  return content.items.filter((item): item is TextItem => 'str' in item);
}

/** The items' pieces; `nodeAt(index)` is what shows the index-th item (null: the item is left out). */
export function textPieces<N>(
  items: readonly TextItem[],
  viewport: PageViewport,
  nodeAt: (index: number) => N | null,
): PlacedPiece<N>[] {
  const scale = viewport.scale;
  const pieces: PlacedPiece<N>[] = [];
  items.forEach((item, index) => {
    const node = nodeAt(index);
    if (node === null || item.str.length === 0) return;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
    const [x, y] = viewport.convertToViewportPoint(e, f) as [number, number];
    pieces.push({
      text: item.str,
      node,
      x: x / scale,
      y: y / scale,
      width: item.width,
      size: Math.hypot(c, d) || Math.hypot(a, b) || item.height,
    });
  });
  return pieces;
}
