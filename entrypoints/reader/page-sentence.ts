/** The sentence a term on a PDF page was read in, for "Save to my questions". */
import { sentenceAround } from '../../utils/questions/sentence';
import type { PageText } from './page-text';

/** The index in `page.text` of the character starting (or ending) at `offset` of `node`, or -1. */
function charAt(page: PageText, node: Node, offset: number, side: 'start' | 'end'): number {
  const index = page.nodes.indexOf(node as Text);
  if (index < 0) return -1;
  const offsets = side === 'start' ? page.startOf : page.endOf;
  for (let at = 0; at < page.text.length; at++) {
    if (page.nodeOf[at] === index && offsets[at] === offset) return at;
  }
  return -1;
}

/** The sentence of the page's text (in reading order) that holds `range`; empty when the range is not in it. */
export function pageSentence(
  page: PageText | undefined,
  range: Pick<AbstractRange, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>,
): string {
  if (!page) return '';
  const start = charAt(page, range.startContainer, range.startOffset, 'start');
  const last = charAt(page, range.endContainer, range.endOffset, 'end');
  return start < 0 || last < start ? '' : sentenceAround(page.text, start, last + 1);
}
