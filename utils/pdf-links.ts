/**
 * "Open PDF links in the MedTerm reader", off by default. While it is on, a
 * declarativeNetRequest rule (entrypoints/background/pdf-link-rule.ts) sends
 * any page whose response says it is a PDF to the reader. Matching on a
 * response header needs Chrome 128: Chrome 121 to 127 ignored the condition
 * and applied the rest of the rule, which would send every page to the
 * reader (https://crbug.com/347186592), so older versions and other
 * browsers are not offered the setting.
 */

/** The first Chrome that matches rules on response headers. */
const FIRST_CHROME = 128;

/** Whether this browser can open PDF links in the reader. */
export function canOpenPdfLinks(userAgent = navigator.userAgent): boolean {
  if (import.meta.env.FIREFOX) return false;
  const version = Number(/Chrom(?:e|ium)\/(\d+)/.exec(userAgent)?.[1] ?? 0);
  return version >= FIRST_CHROME;
}
