// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { TermOccurrence } from '../../entrypoints/content/finding/find-terms';
import { sentenceOf } from '../../entrypoints/content/finding/term-sentence';

function occurrenceOf(html: string, word: string): TermOccurrence {
  document.body.innerHTML = html;
  const block = document.querySelector('p');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(word);
    if (at < 0 || !block) continue;
    // happy-dom's StaticRange cannot be constructed; its four boundary fields stand in for it.
    const range: StaticRange = {
      startContainer: node,
      startOffset: at,
      endContainer: node,
      endOffset: at + word.length,
      collapsed: false,
    };
    return { block, range, entry: 0 };
  }
  throw new Error(`No "${word}"`);
}

describe('sentenceOf', () => {
  it('reads the sentence around a term across inline elements', () => {
    const occurrence = occurrenceOf(
      '<p>Scans were clear. Her tumour had <i>MYCN</i> amplification, so <a href="#">treatment</a> is intense. Next.</p>',
      'MYCN',
    );
    expect(sentenceOf(occurrence)).toBe('Her tumour had MYCN amplification, so treatment is intense.');
  });

  it('gives an empty sentence when the term’s text left its block', () => {
    const occurrence = occurrenceOf('<p>Neuroblastoma is rare.</p>', 'Neuroblastoma');
    document.body.innerHTML = '<p>Other text.</p>';
    expect(sentenceOf({ ...occurrence, block: document.querySelector('p') as Element })).toBe('');
  });
});
