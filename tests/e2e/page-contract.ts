/**
 * Reads the extension's observable contract from the page's own world:
 * the ranges registered in CSS.highlights under names starting with
 * "medterm", and the "medterm:ready" performance mark.
 */
import type { Frame, Page } from '@playwright/test';

export interface RegisteredTerm {
  /** The highlight's name in CSS.highlights. */
  readonly name: string;
  /** The exact text the range covers. */
  readonly text: string;
}

/** Every highlighted range of the page (shadow roots included), in document order. */
export function highlightedTerms(target: Page | Frame, name?: string): Promise<RegisteredTerm[]> {
  return target.evaluate((only) => {
    const found: { name: string; range: Range }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('medterm') || (only && name !== only)) continue;
      for (const abstract of highlight) {
        const range = document.createRange();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        found.push({ name, range });
      }
    }
    const order = (a: Range, b: Range) => {
      const position = a.startContainer.compareDocumentPosition(b.startContainer);
      if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
      return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    };
    return found.sort((a, b) => order(a.range, b.range)).map(({ name, range }) => ({ name, text: range.toString() }));
  }, name ?? null);
}

export async function highlightedTexts(target: Page | Frame, name?: string): Promise<string[]> {
  return (await highlightedTerms(target, name)).map(({ text }) => text.replace(/\s+/g, ' '));
}

/** Names registered in CSS.highlights that start with "medterm". */
export function highlightNames(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('medterm')));
}

export function readyMarks(target: Page | Frame): Promise<number> {
  return target.evaluate(() => performance.getEntriesByName('medterm:ready').length);
}
