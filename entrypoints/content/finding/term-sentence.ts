/** The sentence a term on the page appeared in, for "Save to my questions". */
import { sentenceAround } from '../../../utils/questions/sentence';
import { TextBlocks } from '../reading/text-blocks';
import type { TermOccurrence } from './find-terms';

/** The term's sentence, read from its block's text (as the scan read it); empty when the page changed under it. */
export function sentenceOf({ block, range }: TermOccurrence, blocks = new TextBlocks()): string {
  const { text, nodes, starts } = blocks.read(block);
  const first = nodes.indexOf(range.startContainer as Text);
  const last = nodes.indexOf(range.endContainer as Text);
  const start = (starts[first] ?? -1) + range.startOffset;
  const end = (starts[last] ?? -1) + range.endOffset;
  if (first < 0 || last < 0 || end > text.length || start > end) return '';
  return sentenceAround(text, start, end);
}
