/**
 * The card's shadow root on the reader page: the same <medterm-explainer>
 * host and styles as on web pages, without WXT's content-script UI (an
 * extension page has no content-script context).
 */
import { CARD_CSS, type CardMount, UI_HOST_NAME } from '../content/card/card-host';

export function readerCardMount(doc: Document): Promise<CardMount> {
  const shadowHost = doc.createElement(UI_HOST_NAME);
  const root = shadowHost.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `:host { all: initial; }\n${CARD_CSS}`;
  const container = doc.createElement('div');
  root.append(style, container);
  return Promise.resolve({
    shadowHost,
    container,
    mount: () => doc.body.append(shadowHost),
    remove: () => shadowHost.remove(),
  });
}
