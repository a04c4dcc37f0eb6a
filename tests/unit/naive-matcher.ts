/**
 * A deliberately simple reference matcher for property tests: folds the text
 * with regular expressions, then tries every form at every word start.
 */
import type { MatcherForm, TermMatch } from '../../glossary/runtime/matcher';

const IGNORED = /^(?:\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff)$/;
const HYPHEN = /[\u002d\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
const APOSTROPHE = /['\u2018\u2019\u201b\u02bc\u2032\uff07]/;
const WORD = /[\p{L}\p{N}\p{M}]/u;

interface FoldedChar {
  readonly char: string;
  readonly raw: number;
}

function fold(text: string): FoldedChar[] {
  const out: FoldedChar[] = [];
  for (let raw = 0; raw < text.length; raw++) {
    const char = text.charAt(raw);
    if (IGNORED.test(char)) continue;
    if (/\s/u.test(char)) {
      if (out.at(-1)?.char !== ' ') out.push({ char: ' ', raw });
    } else if (HYPHEN.test(char)) out.push({ char: '-', raw });
    else if (APOSTROPHE.test(char)) out.push({ char: "'", raw });
    else out.push({ char: char.toLowerCase(), raw });
  }
  return out;
}

function foldForm(form: string): string {
  return fold(form)
    .map(({ char }) => char)
    .join('')
    .trim();
}

/** Offsets (in the folded form) of letters that belong to words the form writes in capitals. */
function capitalOffsets(form: string): number[] {
  const folded = fold(form.trim());
  const offsets: number[] = [];
  let word: number[] = [];
  for (let at = 0; at <= folded.length; at++) {
    if (isWord(folded[at]?.char)) {
      word.push(at);
      continue;
    }
    const written = word.map((offset) => form.trim().charAt(folded[offset]?.raw ?? 0)).join('');
    if (written !== written.toLowerCase() && written === written.toUpperCase()) {
      offsets.push(...word.filter((offset) => /\p{Lu}/u.test(form.trim().charAt(folded[offset]?.raw ?? 0))));
    }
    word = [];
  }
  return offsets;
}

function isWord(char: string | undefined): boolean {
  return char !== undefined && char !== ' ' && WORD.test(char);
}

export function naiveFindAll(text: string, forms: readonly MatcherForm[]): TermMatch[] {
  const folded = fold(text);
  const foldedText = folded.map(({ char }) => char).join('');
  const candidates = forms.map((form) => ({
    folded: foldForm(form.text),
    capitals: capitalOffsets(form.text),
    entry: form.entry,
  }));
  const matches: TermMatch[] = [];
  let at = 0;
  while (at < folded.length) {
    const startsWord = isWord(folded[at]?.char) && !isWord(folded[at - 1]?.char);
    let best: { length: number; entry: number; capitals: boolean } | null = null;
    const writtenInCapitals = (offsets: number[]) =>
      offsets.every((offset) => {
        const char = text.charAt(folded[at + offset]?.raw ?? 0);
        return char !== char.toLowerCase();
      });
    if (startsWord) {
      for (const form of candidates) {
        if (!foldedText.startsWith(form.folded, at) || isWord(foldedText[at + form.folded.length])) continue;
        if (!writtenInCapitals(form.capitals)) continue;
        const capitals = form.capitals.length > 0;
        const longer = !best || form.folded.length > best.length;
        const sameButCapitals = best && form.folded.length === best.length && capitals;
        if (longer || sameButCapitals) best = { length: form.folded.length, entry: form.entry, capitals };
      }
    }
    if (best) {
      const start = folded[at]?.raw ?? 0;
      const end = (folded[at + best.length - 1]?.raw ?? 0) + 1;
      matches.push({ start, end, entry: best.entry });
      at += best.length;
    } else {
      at++;
    }
  }
  return matches;
}
