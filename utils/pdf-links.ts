/**
 * "Open PDFs in the MedTerm reader", off by default. While it is on, pages
 * whose response says they are PDFs go to the reader: in Chrome through a
 * declarativeNetRequest rule (entrypoints/background/pdf-link-rule.ts), in
 * Firefox through a blocking webRequest listener (pdf-link-listener.ts).
 * Matching a rule on a response header needs Chrome 128: Chrome 121 to 127
 * ignored the condition and applied the rest of the rule, which would send
 * every page to the reader (https://crbug.com/347186592), so older versions
 * are not offered the setting.
 */

/** The first Chrome that matches rules on response headers. */
const FIRST_CHROME = 128;

/** Whether this browser can open PDF links in the reader. */
export function canOpenPdfLinks(userAgent = navigator.userAgent): boolean {
  if (import.meta.env.FIREFOX) return true;
  const version = Number(/Chrom(?:e|ium)\/(\d+)/.exec(userAgent)?.[1] ?? 0);
  return version >= FIRST_CHROME;
}
