import { describe, expect, it } from 'vitest';
import { CharKind, charKind } from '../../glossary/runtime/normalize';

/** The classes as the matcher defines them: letters, digits and marks join words; whitespace separates them. */
function kindByUnicodeClasses(char: string): CharKind {
  if (/[\p{L}\p{N}\p{M}]/u.test(char)) return CharKind.Word;
  if (/\s/u.test(char)) return CharKind.Space;
  return CharKind.Other;
}

describe('character kinds', () => {
  it('classifies every ASCII character as the Unicode classes do', () => {
    for (let code = 0; code < 0x80; code++) {
      const char = String.fromCharCode(code);
      expect([char, charKind(code)]).toEqual([char, kindByUnicodeClasses(char)]);
    }
  });

  it('classifies Latin-1, Latin Extended and General Punctuation as the Unicode classes do', () => {
    const ignored = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060']);
    for (const [from, to] of [
      [0x80, 0x24f],
      [0x2000, 0x206f],
    ] as const) {
      for (let code = from; code <= to; code++) {
        const char = String.fromCharCode(code);
        if (!ignored.has(char)) expect([code, charKind(code)]).toEqual([code, kindByUnicodeClasses(char)]);
      }
    }
  });

  it('classifies letters, spaces and marks beyond those by the Unicode classes', () => {
    for (const char of ['é', 'ß', 'я', '中', '\u0301', '\u00a0', '\u2003', '–', '’', '€']) {
      expect([char, charKind(char.charCodeAt(0))]).toEqual([char, kindByUnicodeClasses(char)]);
    }
  });

  it('skips soft hyphens and zero-width characters inside words', () => {
    for (const char of ['\u00ad', '\u200b', '\u200d', '\ufeff'])
      expect(charKind(char.charCodeAt(0))).toBe(CharKind.Ignored);
  });
});
