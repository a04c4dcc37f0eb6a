/**
 * One matcher for every place that looks for glossary terms: the builder, the
 * content script and the popup's search.
 *
 * Forms are folded (see normalize.ts) into a trie (see trie.ts). A scan tries
 * the trie only where a word starts and keeps the longest form that ends on a
 * word boundary, then resumes after it: leftmost-longest, whole words, and
 * linear in the text (each walk is bounded by the longest form).
 */
import { CharKind, charKind, charsFoldingTo } from './normalize';
import {
  buildTrie,
  type MatcherForm,
  NO_ENTRY,
  ROOT,
  type Trie,
  type TrieData,
  trieFromData,
  trieToData,
} from './trie';

export type { MatcherForm, TrieData };

export interface TermMatch {
  /** Offset of the first character of the match in the scanned text. */
  readonly start: number;
  /** Offset just past the last character of the match. */
  readonly end: number;
  readonly entry: number;
}

export type MatchVisitor = (start: number, end: number, entry: number) => void;

const NO_NODE = 0;
const SPACE_SYMBOL = 1;
/** A capitals mask's mark for a character that must be a capital. */
const CAPITAL = '1'.charCodeAt(0);

export class TermMatcher {
  /** Raw UTF-16 code unit → symbol (0 = cannot continue any form). */
  private readonly symbolOf = new Uint8Array(0x10000);
  /** The root's children by symbol, since every word start looks there. */
  private readonly rootNext: Int32Array;

  private constructor(private readonly trie: Trie) {
    trie.alphabet.forEach((char, index) => {
      for (const raw of charsFoldingTo(char)) this.symbolOf[raw.charCodeAt(0)] = index + 1;
    });
    this.rootNext = new Int32Array(trie.alphabet.length + 1);
    for (let edge = trie.childStart[ROOT] ?? 0; edge < (trie.childStart[ROOT + 1] ?? 0); edge++) {
      this.rootNext[trie.childSymbol[edge] ?? 0] = edge + 2;
    }
  }

  static compile(forms: readonly MatcherForm[]): TermMatcher {
    return new TermMatcher(buildTrie(forms));
  }

  /** A matcher over every form of every entry; matches report the entry's index. */
  static forEntries(formsPerEntry: readonly (readonly string[])[]): TermMatcher {
    return TermMatcher.compile(formsPerEntry.flatMap((forms, entry) => forms.map((text) => ({ text, entry }))));
  }

  /** Rebuilds a matcher from `toData()` output (what the extension bundles). */
  static fromData(data: TrieData): TermMatcher {
    return new TermMatcher(trieFromData(data));
  }

  toData(): TrieData {
    return trieToData(this.trie);
  }

  /** Calls `visit` for each match in `text[from, to)`, in order, without allocating. */
  scan(text: string, visit: MatchVisitor, from = 0, to = text.length): void {
    let insideWord = from > 0 && charKind(text.charCodeAt(from - 1)) === CharKind.Word;
    let index = from;
    while (index < to) {
      const kind = charKind(text.charCodeAt(index));
      if (kind === CharKind.Ignored) {
        index++;
        continue;
      }
      if (kind !== CharKind.Word || insideWord) {
        insideWord = kind === CharKind.Word;
        index++;
        continue;
      }
      const end = this.longestAt(text, index, to, visit);
      if (end > index) {
        index = end;
        insideWord = false;
      } else {
        insideWord = true;
        index++;
      }
    }
  }

  findAll(text: string): TermMatch[] {
    const matches: TermMatch[] = [];
    this.scan(text, (start, end, entry) => matches.push({ start, end, entry }));
    return matches;
  }

  /** The entry when the whole of `text` is one form, else undefined. */
  lookup(text: string): number | undefined {
    const trimmed = text.trim();
    const [only, ...rest] = this.findAll(trimmed);
    return only && rest.length === 0 && only.start === 0 && only.end === trimmed.length ? only.entry : undefined;
  }

  /**
   * Walks the trie from a word start; reports the longest form ending on a
   * word boundary and returns its end, or `start` when none matches.
   */
  private longestAt(text: string, start: number, to: number, visit: MatchVisitor): number {
    const { symbolOf } = this;
    let node = ROOT;
    let bestEnd = start;
    let bestEntry = NO_ENTRY;
    let afterSpace = false;
    let index = start;
    while (index < to) {
      const code = text.charCodeAt(index);
      const kind = charKind(code);
      if (kind === CharKind.Ignored || (kind === CharKind.Space && afterSpace)) {
        index++;
        continue;
      }
      afterSpace = kind === CharKind.Space;
      const symbol = afterSpace ? SPACE_SYMBOL : (symbolOf[code] ?? 0);
      if (symbol === 0) break;
      node = this.child(node, symbol);
      if (node === NO_NODE) break;
      index++;
      const entry = this.acceptedAt(node, text, start, index);
      if (entry !== NO_ENTRY && endsWord(text, index, to)) {
        bestEnd = index;
        bestEntry = entry;
      }
    }
    if (bestEntry !== NO_ENTRY) visit(start, bestEnd, bestEntry);
    return bestEnd;
  }

  private child(node: number, symbol: number): number {
    if (node === ROOT) return this.rootNext[symbol] ?? NO_NODE;
    const { childStart, childSymbol } = this.trie;
    const end = childStart[node + 1] ?? 0;
    for (let edge = childStart[node] ?? 0; edge < end; edge++) {
      if (childSymbol[edge] === symbol) return edge + 2;
    }
    return NO_NODE;
  }

  private acceptedAt(node: number, text: string, start: number, end: number): number {
    const capitalsEntry = this.trie.capitals[node] ?? NO_ENTRY;
    if (capitalsEntry !== NO_ENTRY) {
      const mask = this.trie.masks.get(node);
      if (mask && writtenInCapitals(text, start, end, mask)) return capitalsEntry;
    }
    return this.trie.anyCase[node] ?? NO_ENTRY;
  }
}

/** True when every character the mask marks is written as a capital in `text[start, end)`. */
function writtenInCapitals(text: string, start: number, end: number, mask: string): boolean {
  let folded = 0;
  let afterSpace = false;
  for (let index = start; index < end; index++) {
    const kind = charKind(text.charCodeAt(index));
    if (kind === CharKind.Ignored || (kind === CharKind.Space && afterSpace)) continue;
    afterSpace = kind === CharKind.Space;
    const char = text.charAt(index);
    if (mask.charCodeAt(folded) === CAPITAL && char === char.toLowerCase()) return false;
    folded++;
  }
  return true;
}

/** True when no word character follows `index` (invisible characters aside). */
function endsWord(text: string, index: number, to: number): boolean {
  for (let at = index; at < to; at++) {
    const kind = charKind(text.charCodeAt(at));
    if (kind !== CharKind.Ignored) return kind !== CharKind.Word;
  }
  return true;
}
