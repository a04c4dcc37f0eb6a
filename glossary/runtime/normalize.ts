/**
 * Character folding shared by the matcher and the popup's search, so a term
 * written with curly apostrophes, Unicode dashes, non-breaking spaces, soft
 * hyphens or odd capitals is still the same term.
 */

/** What a UTF-16 code unit is to the matcher. */
export const CharKind = {
  /** Not classified yet (each code unit is classified on first sight). */
  Unknown: 0,
  /** Letter, digit or combining mark: part of a word. */
  Word: 1,
  /** Any whitespace, including line breaks and no-break spaces. */
  Space: 2,
  /** Soft hyphens and zero-width characters: invisible, skipped inside words. */
  Ignored: 3,
  /** Punctuation and everything else: ends a word. */
  Other: 4,
} as const;
export type CharKind = (typeof CharKind)[keyof typeof CharKind];

const HYPHENS = '\u002d\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d';
const APOSTROPHES = "'\u2018\u2019\u201b\u02bc\u2032\uff07";
const IGNORED = '\u00ad\u200b\u200c\u200d\u2060\ufeff';
const WORDLIKE = /[\p{L}\p{N}\p{M}]/u;
const SPACELIKE = /\s/u;

// Classified on first sight only: a frame that reads no text never compiles the Unicode property classes.
const kinds = new Uint8Array(0x10000);
for (const char of IGNORED) kinds[char.charCodeAt(0)] = CharKind.Ignored;

function classify(code: number): CharKind {
  if (code < 0x80) return classifyAscii(code);
  const common = classifyCommon(code);
  if (common !== undefined) return common;
  // Lone surrogates (emoji and other astral characters) end words.
  if (code >= 0xd800 && code <= 0xdfff) return CharKind.Other;
  const char = String.fromCharCode(code);
  if (WORDLIKE.test(char)) return CharKind.Word;
  if (SPACELIKE.test(char)) return CharKind.Space;
  return CharKind.Other;
}

/**
 * ASCII as the Unicode classes above see it, without them: compiling those
 * costs a frame a few milliseconds, and most text needs no more than this
 * and classifyCommon.
 */
function classifyAscii(code: number): CharKind {
  const lower = code | 0x20;
  if ((code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) return CharKind.Word;
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return CharKind.Space;
  return CharKind.Other;
}

/** Latin-1 letters and signs that are letters or numbers to the Unicode classes (ª ² ³ µ ¹ º ¼ ½ ¾). */
const LATIN1_WORDLIKE = [0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe];

/**
 * The rest of Latin-1, Latin Extended and General Punctuation (accented
 * letters, curly quotes, dashes, odd spaces: what most pages hold beyond
 * ASCII) as the Unicode classes see them; undefined for anything else.
 */
function classifyCommon(code: number): CharKind | undefined {
  if (code >= 0xc0 && code <= 0x24f) return code === 0xd7 || code === 0xf7 ? CharKind.Other : CharKind.Word;
  if (code >= 0x80 && code <= 0xbf) {
    if (code === 0xa0) return CharKind.Space;
    return LATIN1_WORDLIKE.includes(code) ? CharKind.Word : CharKind.Other;
  }
  if (code >= 0x2000 && code <= 0x206f) {
    const space = code <= 0x200a || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
    return space ? CharKind.Space : CharKind.Other;
  }
  return undefined;
}

/** The kind of one UTF-16 code unit; a table lookup after the first sight. */
export function charKind(code: number): CharKind {
  const known = kinds[code] as CharKind;
  if (known !== CharKind.Unknown) return known;
  const computed = classify(code);
  kinds[code] = computed;
  return computed;
}

/**
 * The folded form of one character: lower case, one hyphen, one apostrophe,
 * one space. Returns '' for characters that are skipped.
 */
export function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  const kind = charKind(code);
  if (kind === CharKind.Ignored) return '';
  if (kind === CharKind.Space) return ' ';
  if (HYPHENS.includes(char)) return '-';
  if (APOSTROPHES.includes(char)) return "'";
  return char.toLowerCase();
}

/** Every raw character that folds to the same thing as `folded` (itself included). */
export function charsFoldingTo(folded: string): string[] {
  if (folded === '-') return [...HYPHENS];
  if (folded === "'") return [...APOSTROPHES];
  return [...new Set([folded, folded.toUpperCase(), folded.toLowerCase()])].filter((char) => char.length === 1);
}

/** Folds a whole string: characters folded, whitespace runs collapsed, ends trimmed. */
export function normalizeText(text: string): string {
  return foldPairs(text)
    .map(([folded]) => folded)
    .join('');
}

export interface FoldedForm {
  /** The folded characters, one per character of the form as written. */
  readonly chars: readonly string[];
  /**
   * For each folded character, 1 when the page must write it in capitals: the
   * letters of every word the form writes in capitals (MYCN in "MYCN
   * amplification", ASCT), so gene symbols and abbreviations match
   * case-sensitively while ordinary words match in any case. Null when none.
   */
  readonly capitals: Uint8Array | null;
}

export function foldForm(form: string): FoldedForm {
  const pairs = foldPairs(form);
  return { chars: pairs.map(([folded]) => folded), capitals: capitalsMask(pairs) };
}

function capitalsMask(pairs: readonly [string, string][]): Uint8Array | null {
  const mask = new Uint8Array(pairs.length);
  let wordStart = 0;
  for (let index = 0; index <= pairs.length; index++) {
    const pair = pairs[index];
    if (pair && charKind(pair[0].charCodeAt(0)) === CharKind.Word) continue;
    const word = pairs
      .slice(wordStart, index)
      .map(([, raw]) => raw)
      .join('');
    if (word !== word.toLowerCase() && word === word.toUpperCase()) {
      for (let at = wordStart; at < index; at++) {
        const raw = pairs[at]?.[1] ?? '';
        mask[at] = raw !== raw.toLowerCase() ? 1 : 0;
      }
    }
    wordStart = index + 1;
  }
  return mask.includes(1) ? mask : null;
}

/** Pairs of [folded character, character as written], with skipped characters dropped and spaces collapsed. */
function foldPairs(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const char of text) {
    const folded = foldChar(char);
    if (folded === '') continue;
    if (folded === ' ' && (pairs.length === 0 || pairs.at(-1)?.[0] === ' ')) continue;
    pairs.push([folded, char]);
  }
  if (pairs.at(-1)?.[0] === ' ') pairs.pop();
  return pairs;
}
