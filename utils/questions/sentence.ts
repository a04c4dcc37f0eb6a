/**
 * The sentence a word appeared in, from its block's text: sentence breaks
 * come from Intl.Segmenter (Unicode's rules, so "e.g. the" or "3.5 mg" do not
 * end a sentence), and a sentence longer than the limit is cut at word
 * breaks around the word, with "…" where text was left out.
 */
import { LIMITS } from './record';

/** Invisible characters inside words: dropped. */
const INVISIBLE = '\u00ad\u200b\u200c\u200d\u2060\ufeff';

let segmenter: Intl.Segmenter | undefined;

/** Sets up sentence breaks ahead of need: the first segmenter of a page loads the browser's rules (tens of ms). */
export function prepareSentenceBreaks(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
  return segmenter;
}

/** The sentence of `text` holding `[start, end)`, with spaces tidied, at most `max` characters. */
export function sentenceAround(text: string, start: number, end: number, max: number = LIMITS.sentence): string {
  const segmenter = prepareSentenceBreaks();
  const { clean, start: from0, end: to0 } = cleaned(text, start, end);
  return sentenceOf(segmenter, clean, from0, to0, max);
}

/** Drops invisible characters and turns controls (text-blocks.ts' separator, line ends) into spaces, moving the offsets. */
function cleaned(text: string, start: number, end: number): { clean: string; start: number; end: number } {
  let clean = '';
  let [newStart, newEnd] = [start, end];
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (INVISIBLE.includes(char)) {
      if (index < start) newStart--;
      if (index < end) newEnd--;
    } else clean += char < ' ' || char === '\u007f' ? ' ' : char;
  }
  return { clean, start: newStart, end: newEnd };
}

function sentenceOf(segmenter: Intl.Segmenter, clean: string, start: number, end: number, max: number): string {
  let from = 0;
  let to = clean.length;
  for (const { index, segment } of segmenter.segment(clean)) {
    if (index + segment.length <= start) continue;
    from = index;
    to = index + segment.length;
    break;
  }
  // A word across a sentence break (rare: a break inside a long name) takes the next sentence too.
  while (to < end) {
    const next = segmenter.segment(clean).containing(to);
    if (!next) break;
    to = next.index + next.segment.length;
  }
  return trimAround(clean.slice(from, to), start - from, end - from, max);
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts a long sentence to a window around the word, at word breaks, marking each cut with "…". */
function trimAround(sentence: string, start: number, end: number, max: number): string {
  const whole = tidy(sentence);
  if (whole.length <= max) return whole;
  const room = Math.max(0, max - (end - start) - 2);
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(sentence.length, from + (end - start) + room);
  from = Math.max(0, Math.min(from, to - (end - start) - room));
  if (from > 0) from = wordStartAfter(sentence, from, start);
  if (to < sentence.length) to = wordEndBefore(sentence, to, end);
  const window = tidy(sentence.slice(from, to));
  return `${from > 0 ? '…' : ''}${window}${to < sentence.length ? '…' : ''}`;
}

function wordStartAfter(sentence: string, at: number, limit: number): number {
  const space = sentence.slice(at, limit).search(/\s/);
  return space < 0 ? at : at + space + 1;
}

function wordEndBefore(sentence: string, at: number, limit: number): number {
  const space = sentence.slice(limit, at).search(/\s\S*$/);
  return space < 0 ? at : limit + space;
}
