/**
 * One matcher for every place that looks for glossary terms: the builder, the
 * content script and the popup's search.
 *
 * Forms are folded (see normalize.ts) into a trie with a dense transition
 * table. A scan tries the trie only where a word starts and keeps the longest
 * form that ends on a word boundary, then resumes after it: leftmost-longest,
 * whole words, and linear in the text (each walk is bounded by the longest form).
 */
import { CharKind, charKind, charsFoldingTo, type FoldedForm, foldForm } from './normalize';

export interface MatcherForm {
  /** The form as written in the glossary. */
  readonly text: string;
  /** Index of the entry it belongs to. */
  readonly entry: number;
}

export interface TermMatch {
  /** Offset of the first character of the match in the scanned text. */
  readonly start: number;
  /** Offset just past the last character of the match. */
  readonly end: number;
  readonly entry: number;
}

export type MatchVisitor = (start: number, end: number, entry: number) => void;

const NO_NODE = 0;
const ROOT = 1;
const NO_ENTRY = -1;

export class TermMatcher {
  private constructor(
    /** Raw UTF-16 code unit → symbol (0 = cannot continue any form). */
    private readonly symbolOf: Uint8Array,
    private readonly spaceSymbol: number,
    private readonly alphabetSize: number,
    /** node * alphabetSize + symbol → next node (0 = none). */
    private readonly next: Int32Array,
    /** Entry accepted at a node for any capitalisation, or NO_ENTRY. */
    private readonly acceptAnyCase: Int32Array,
    /** Entry accepted at a node only when its capital letters are written in capitals, or NO_ENTRY. */
    private readonly acceptCapitals: Int32Array,
    /** For nodes with a capitals entry: which folded characters must be capitals. */
    private readonly capitalsMasks: ReadonlyMap<number, Uint8Array>,
  ) {}

  static compile(forms: readonly MatcherForm[]): TermMatcher {
    const symbols = new Map<string, number>([[' ', 1]]);
    const folded: FoldedForm[] = forms.map((form) => foldForm(form.text));
    for (const { chars } of folded) {
      for (const char of chars) if (!symbols.has(char)) symbols.set(char, symbols.size + 1);
    }
    if (symbols.size > 255) throw new Error(`Too many distinct characters in glossary forms (${symbols.size})`);
    const alphabetSize = symbols.size + 1;

    const symbolOf = new Uint8Array(0x10000);
    for (const [char, symbol] of symbols) {
      for (const raw of charsFoldingTo(char)) symbolOf[raw.charCodeAt(0)] = symbol;
    }

    let next = new Int32Array(alphabetSize * 64);
    let nodeCount = 2; // node 0 means "none", node 1 is the root
    const anyCase: number[] = [NO_ENTRY, NO_ENTRY];
    const capitals: number[] = [NO_ENTRY, NO_ENTRY];
    const capitalsMasks = new Map<number, Uint8Array>();
    forms.forEach((form, index) => {
      const { chars, capitals: mask } = folded[index] ?? { chars: [], capitals: null };
      let node = ROOT;
      for (const char of chars) {
        const slot = node * alphabetSize + (symbols.get(char) ?? 0);
        let child = next[slot] ?? NO_NODE;
        if (child === NO_NODE) {
          child = nodeCount++;
          if ((child + 1) * alphabetSize > next.length) {
            const grown = new Int32Array(next.length * 2);
            grown.set(next);
            next = grown;
          }
          next[slot] = child;
          anyCase.push(NO_ENTRY);
          capitals.push(NO_ENTRY);
        }
        node = child;
      }
      if (mask) {
        capitals[node] = form.entry;
        capitalsMasks.set(node, mask);
      } else {
        anyCase[node] = form.entry;
      }
    });

    return new TermMatcher(
      symbolOf,
      symbols.get(' ') ?? 0,
      alphabetSize,
      next.slice(0, nodeCount * alphabetSize),
      Int32Array.from(anyCase),
      Int32Array.from(capitals),
      capitalsMasks,
    );
  }

  /** A matcher over every form of every entry; matches report the entry's index. */
  static forEntries(formsPerEntry: readonly (readonly string[])[]): TermMatcher {
    return TermMatcher.compile(formsPerEntry.flatMap((forms, entry) => forms.map((text) => ({ text, entry }))));
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
    const { symbolOf, next, alphabetSize } = this;
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
      const symbol = afterSpace ? this.spaceSymbol : (symbolOf[code] ?? 0);
      if (symbol === 0) break;
      node = next[node * alphabetSize + symbol] ?? NO_NODE;
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

  private acceptedAt(node: number, text: string, start: number, end: number): number {
    const capitalsEntry = this.acceptCapitals[node] ?? NO_ENTRY;
    if (capitalsEntry !== NO_ENTRY) {
      const mask = this.capitalsMasks.get(node);
      if (mask && writtenInCapitals(text, start, end, mask)) return capitalsEntry;
    }
    return this.acceptAnyCase[node] ?? NO_ENTRY;
  }
}

/** True when every character the mask marks is written as a capital in `text[start, end)`. */
function writtenInCapitals(text: string, start: number, end: number, mask: Uint8Array): boolean {
  let folded = 0;
  let afterSpace = false;
  for (let index = start; index < end; index++) {
    const kind = charKind(text.charCodeAt(index));
    if (kind === CharKind.Ignored || (kind === CharKind.Space && afterSpace)) continue;
    afterSpace = kind === CharKind.Space;
    const char = text.charAt(index);
    if (mask[folded] === 1 && char === char.toLowerCase()) return false;
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
