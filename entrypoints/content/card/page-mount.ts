/**
 * The card's place on a web page: one plain element appended last to <html>,
 * holding a closed shadow root. Closed, so page scripts cannot reach in to
 * read which term is explained or rewrite the card; a plain element, so no
 * custom element a page defines first can take its place, and the extension
 * knows its host by reference, never by tag name. The host's `:host` rules
 * are !important inside the shadow tree, which beats the page's own
 * !important rules for it (https://www.w3.org/TR/css-cascade-5/#cascade-context).
 * Untrusted events (a page script's dispatchEvent or click()) never reach
 * the card's controls, and key events never leak out to the page's shortcuts.
 */
import { CARD_CSS, type CardMount } from './card-host';

/**
 * No box of its own (display: contents): the host stays on the page between cards, and a box
 * would add a line break to whatever the reader copies with "select all".
 */
const HOST_CSS = ':host { all: initial !important; display: contents !important; }';
/** Events a page script could forge to act on the card (it cannot reach inside a closed root, but may aim at the host). */
const GUARDED_EVENTS = [
  'click',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'keydown',
  'keyup',
  'input',
  'focusin',
];
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'];

export function pageMount(doc: Document): CardMount {
  const shadowHost = doc.createElement('div');
  const root = shadowHost.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `${HOST_CSS}\n${CARD_CSS}`;
  const container = doc.createElement('div');
  container.style.display = 'contents';
  root.append(style, container);
  for (const type of GUARDED_EVENTS) {
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      { capture: true },
    );
  }
  for (const type of KEY_EVENTS) shadowHost.addEventListener(type, (event) => event.stopPropagation());
  return {
    shadowHost,
    container,
    mount: () => doc.documentElement.append(shadowHost),
    remove: () => shadowHost.remove(),
  };
}
