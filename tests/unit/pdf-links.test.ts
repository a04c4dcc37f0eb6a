import { describe, expect, it } from 'vitest';
import { sourceFromAddress } from '../../entrypoints/reader/pdf-source';
import { canOpenPdfLinks } from '../../utils/pdf-links';

const chrome = (version: number) =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version}.0.0.0 Safari/537.36`;

describe('opening PDF links in the reader', () => {
  it('is offered from Chrome 128, which matches rules on response headers', () => {
    expect(canOpenPdfLinks(chrome(128))).toBe(true);
    expect(canOpenPdfLinks(chrome(156))).toBe(true);
  });

  it('is not offered in the Chrome versions that would send every page to the reader', () => {
    expect(canOpenPdfLinks(chrome(121))).toBe(false);
    expect(canOpenPdfLinks(chrome(127))).toBe(false);
  });

  it('reads the address the rule put after ?link= as it was, query and all', () => {
    expect(sourceFromAddress('?link=https://portal.example/letter?id=3&part=2')).toEqual({
      kind: 'link',
      url: 'https://portal.example/letter?id=3&part=2',
    });
    expect(sourceFromAddress('?link=javascript:alert(1)')).toBeNull();
  });
});
