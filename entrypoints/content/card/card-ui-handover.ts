/**
 * How the card's script hands its factory to the explainer in the same
 * frame: both run in the extension's isolated world (Firefox: its content
 * script sandbox), whose global object page scripts cannot see, so a
 * property of it is private to the two.
 */
import type { CreateCardUi } from './card-ui';

const CARD_UI = '__medtermCardUi';

interface HandoverGlobal {
  [CARD_UI]?: CreateCardUi;
}

/** Called by the card's script when it runs in a frame. */
export function offerCardUi(create: CreateCardUi): void {
  (globalThis as HandoverGlobal)[CARD_UI] = create;
}

/** The factory the card's script offered in this frame, once it has run. */
export function offeredCardUi(): CreateCardUi | undefined {
  return (globalThis as HandoverGlobal)[CARD_UI];
}
