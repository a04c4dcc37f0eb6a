/**
 * The card's shadow root on a web page: WXT's shadow-root UI, appended last
 * to <html>, with events kept from reaching the page. Content-script only (it
 * needs WXT's context); extension pages give the card a mount of their own.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CARD_CSS, type CardMount, UI_HOST_NAME } from './card-host';

export async function contentScriptMount(ctx: ContentScriptContext, doc: Document): Promise<CardMount> {
  const ui = await createShadowRootUi(ctx, {
    name: UI_HOST_NAME,
    position: 'inline',
    anchor: () => doc.documentElement,
    append: 'last',
    css: CARD_CSS,
    isolateEvents: true,
    onMount: (container) => container,
  });
  return {
    shadowHost: ui.shadowHost,
    container: ui.uiContainer,
    mount: () => ui.mount(),
    remove: () => ui.remove(),
  };
}
