import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { glossaryPlugin } from './glossary/authoring/vite-plugin';
import { MANIFEST_ICONS, renderIcons } from './scripts/icons';
import { pdfjsAssets } from './scripts/pdfjs-assets';
import { pdfjsNoComputedImports } from './scripts/pdfjs-static-imports';
import { noHtmlSinks } from './scripts/vite-no-html-sinks';

/**
 * Extension pages may load only the extension's own files. Styles allow
 * inline style attributes, which Preact and pdf.js set for layout.
 *
 * connect-src is the one opening, for the PDF reader: it fetches the one PDF
 * it is asked to open (reader.html?file=…, a web address), and pdf.js's
 * worker reads its fonts and character maps from the extension ('self'). The
 * manifest's policy is shared by every extension page, so the pages that need
 * no connection close it again with a <meta> policy of `connect-src 'none'` (popup and
 * overview HTML): there, even a bug could not send anything out.
 */
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self' https: http:; img-src 'self' data:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** `MEDTERM_TEST_CONTRACT=1 wxt build` makes the test build (see utils/test-contract.ts). */
const TEST_CONTRACT = process.env.MEDTERM_TEST_CONTRACT === '1' ? '1' : '';

/**
 * WXT's content script context announces each start with a DOM event pages can
 * hear and forge; the content script gets a quiet one instead (see the module).
 */
const QUIET_CONTEXT = fileURLToPath(new URL('./entrypoints/content/lifetime/script-lifetime.ts', import.meta.url));

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // The tests build a shipped copy beside the test build (tests/e2e/shipped-build.ts).
  ...(process.env.MEDTERM_OUT_DIR ? { outDir: process.env.MEDTERM_OUT_DIR } : {}),
  vite: () => ({
    plugins: [noHtmlSinks(), pdfjsNoComputedImports(), preact(), glossaryPlugin()],
    define: { 'import.meta.env.MEDTERM_TEST_CONTRACT': JSON.stringify(TEST_CONTRACT) },
    resolve: { alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: QUIET_CONTEXT }] },
  }),
  hooks: {
    'build:publicAssets': async (wxt, files) => {
      files.push(
        ...(await renderIcons(`${wxt.config.wxtDir}/icons`)),
        ...(await pdfjsAssets(`${wxt.config.wxtDir}/pdfjs`)),
      );
    },
  },
  manifest: ({ browser, command }) => ({
    name: 'MedTerm Explainer',
    description:
      'Explains neuroblastoma and childhood-cancer terms in plain words, right on the page. Nothing you read leaves your browser.',
    // scripting and the host permission: the background injects each frame's highlight rules as a
    // sheet pages cannot read (entrypoints/background/paint-highlights.ts). The content script
    // already runs on every site, so the install warning stays the same. activeTab: the popup reads
    // the PDF in the tab it was opened on, for the reader.
    // declarativeNetRequestWithHostAccess (Chrome): the auto-open setting's one rule, added only while it is on
    // (entrypoints/background/pdf-link-rule.ts). It adds no install warning beside the host access. As an
    // optional permission granted at run time, Chromium 156 left updateDynamicRules unsettled for good.
    // webRequest and webRequestBlocking (Firefox): the same setting's listener (pdf-link-listener.ts).
    permissions: [
      'storage',
      'contextMenus',
      'activeTab',
      'scripting',
      ...(browser === 'firefox' ? ['webRequest', 'webRequestBlocking'] : ['declarativeNetRequestWithHostAccess']),
    ],
    host_permissions: ['<all_urls>'],
    icons: MANIFEST_ICONS,
    action: { default_title: 'MedTerm Explainer', default_icon: MANIFEST_ICONS },
    // The development server needs to connect for live reload; builds never do.
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    commands: {
      'explain-selection': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: 'Explain the selected term',
      },
      'next-term': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next explained term on the page',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous explained term on the page',
      },
      // The fourth and last suggested key Chromium allows an extension.
      'open-in-reader': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: 'Open this PDF in the MedTerm reader',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'medterm-explainer@medterm.example',
              // 146: the underline styles (the default) are text-decoration in ::highlight(), which
              // Firefox paints from 146 (https://bugzil.la/1845446); the Highlight API itself is 140.
              // The rest needs less: data_collection_permissions 140 (142 on Android),
              // runtime.getContexts 127, AbortSignal.any 124 (MDN browser-compat-data).
              strict_min_version: '146.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
          // The auto-open setting redirects a page to the reader, which must be web accessible for that;
          // Firefox's extension addresses are random per install, so no site can probe for it.
          web_accessible_resources: ['reader.html'],
        }
      : {
          // The auto-open setting (utils/pdf-links.ts): a page may only be redirected to an extension page
          // that is web accessible. A dynamic URL (a new id each session) keeps sites from probing for the
          // reader to tell the extension is there.
          web_accessible_resources: [{ resources: ['reader.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
        }),
  }),
});
