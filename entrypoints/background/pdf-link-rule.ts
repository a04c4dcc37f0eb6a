/**
 * The auto-open rule (utils/pdf-links.ts): while the setting is on and the
 * permission granted, one dynamic declarativeNetRequest rule redirects a
 * page load whose response is a PDF (Content-Type application/pdf, whatever
 * the address) to the reader, which then fetches that one address itself.
 * The reader's address carries the PDF's as it was (LINK_QUERY). The rule is
 * kept in step with the setting.
 */
import { type Browser, browser } from 'wxt/browser';
import { canOpenPdfLinks } from '../../utils/pdf-links';
import { LINK_QUERY } from '../../utils/reader-address';
import { loadSettings, watchSettings } from '../../utils/settings';

const RULE_ID = 1;

function pdfLinkRule(): Browser.declarativeNetRequest.Rule {
  return {
    id: RULE_ID,
    priority: 1,
    condition: {
      regexFilter: '^https?://.*$',
      resourceTypes: ['main_frame'],
      responseHeaders: [{ header: 'content-type', values: ['application/pdf', 'application/pdf;*'] }],
    },
    action: {
      type: 'redirect',
      redirect: { regexSubstitution: `${browser.runtime.getURL('/reader.html')}${LINK_QUERY}\\0` },
    },
  };
}

/** Adds the rule when `on`, removes it otherwise. */
async function syncPdfLinkRule(on: boolean): Promise<void> {
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: [RULE_ID],
    addRules: on && canOpenPdfLinks() ? [pdfLinkRule()] : [],
  });
}

/**
 * Keeps the rule in step with the setting. Updates run
 * one after another, each reading the settings as they are by then, so the
 * last one leaves the rule as the last change asked.
 */
export function keepPdfLinkRule(): void {
  let queue = Promise.resolve();
  const sync = () => {
    queue = queue
      .then(() => loadSettings())
      .then(({ openPdfLinks }) => syncPdfLinkRule(openPdfLinks))
      .catch(() => undefined);
  };
  sync();
  watchSettings(sync);
}
