/**
 * Which frame a keyboard command is for: the one the reader is in. A frame's
 * document has the focus while it or a frame inside it has the keyboard focus
 * (https://html.spec.whatwg.org/multipage/interaction.html#dom-document-hasfocus);
 * it is the reader's frame when its focused element is not a frame holding
 * the focus further down. When no document of the tab has the focus (the
 * browser's toolbar has it), the top frame is.
 */

/** Elements that show another document, which can hold the focus. */
const FRAME_ELEMENTS = new Set(['iframe', 'frame', 'object', 'embed']);

export function isFocusedFrame(doc: Document = document): boolean {
  const view = doc.defaultView;
  if (!doc.hasFocus()) return view !== null && view === view.top;
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return !active || !FRAME_ELEMENTS.has(active.localName);
}
