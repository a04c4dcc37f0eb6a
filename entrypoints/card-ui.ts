/**
 * The page card's script (glossary, Preact, tippy.js: most of the
 * explainer's weight), which the background loads into a frame the first
 * time a card opens there (entrypoints/content/card/lazy-cards.ts). It is
 * not in the manifest and not web accessible: only the extension injects it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardUi } from './content/card/card-ui';
import { offerCardUi } from './content/card/card-ui-handover';

export default defineUnlistedScript(() => offerCardUi(createCardUi));
