/**
 * Key words: for each form the glossary can mark, its longest word, folded
 * as the matcher folds it. Every match of a form holds that word as a whole
 * word of the text, so text holding no key word holds no term, and a frame
 * whose text is such need not load the matcher at all (see first-look.ts).
 * The check is a superset of the matcher: words the page splits across
 * text nodes ("neuro<b>blastoma</b>") are tried joined and apart, because a
 * node boundary may be an inline element (joined) or a block (apart).
 */
import { CharKind, charKind, foldChar } from './normalize';

/** The folded words of a form, split where the matcher sees no word character. */
function foldedWords(form: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const char of form) {
    const kind = charKind(char.charCodeAt(0));
    if (kind === CharKind.Ignored) continue;
    if (kind === CharKind.Word) word += foldChar(char);
    else {
      if (word) words.push(word);
      word = '';
    }
  }
  if (word) words.push(word);
  return words;
}

/** The form's longest word (the first of equals), or '' for a form with no word at all. */
export function keyWordOf(form: string): string {
  return foldedWords(form).reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

/** The key words of `forms`, sorted, space-separated (as bundled). */
export function keyWordList(forms: Iterable<string>): string {
  return [...new Set(Array.from(forms, keyWordOf))].sort().join(' ');
}

/**
 * Whether `texts` (text nodes' data in document order) hold one of `keys` as
 * a whole word. Word pieces that meet at a node boundary form a chain; every
 * run of consecutive pieces of a chain is tried as a word.
 */
export function holdsKeyWord(texts: Iterable<string>, keys: ReadonlySet<string>): boolean {
  if (keys.has('')) return true;
  let chain: string[] = [];
  /** Adds a piece to the chain (or starts one) and tries every word that ends with it. */
  const found = (piece: string, joined: boolean): boolean => {
    chain = joined ? [...chain, piece] : [piece];
    let word = '';
    for (let index = chain.length - 1; index >= 0; index--) {
      word = chain[index] + word;
      if (keys.has(word)) return true;
    }
    return false;
  };
  for (const text of texts) {
    let piece = '';
    // Whether the piece being read began at this node's start (so it may continue the chain).
    let atNodeStart = true;
    for (let index = 0; index < text.length; index++) {
      const kind = charKind(text.charCodeAt(index));
      if (kind === CharKind.Ignored) continue;
      if (kind === CharKind.Word) {
        piece += foldChar(text.charAt(index));
        continue;
      }
      if (piece && found(piece, atNodeStart)) return true;
      chain = [];
      piece = '';
      atNodeStart = false;
    }
    if (piece && found(piece, atNodeStart)) return true;
  }
  return false;
}
