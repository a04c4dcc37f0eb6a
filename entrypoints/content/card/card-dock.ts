/**
 * "Dock to the side" (a setting): a pinned card leaves its place under the
 * term for a panel at the right edge of the viewport, beside the text
 * instead of over it, and stays there while the page scrolls. It docks only
 * while the room right of the term's text column fits a readable card;
 * otherwise (a narrow window, text across the whole width) it floats as
 * usual. Popper keeps computing the floating place; card-dock.css overrides
 * it with !important rules, so undocking is taking one attribute away.
 */

/** Narrowest and widest docked card, in em of the card's font (the reader's default size). */
const MIN_WIDTH_EM = 16;
const MAX_WIDTH_EM = 24;
/** Space between the text column and the panel, and between the panel and the viewport's edge (as in card-dock.css). */
const GAP_PX = 16;
const DOCKED = 'data-docked';

/** The docked card's width in CSS pixels, or null when a readable card would cover the column. */
export function dockWidth(viewportWidth: number, columnRight: number, emPx: number): number | null {
  const room = viewportWidth - columnRight - 2 * GAP_PX;
  return room < MIN_WIDTH_EM * emPx ? null : Math.min(room, MAX_WIDTH_EM * emPx);
}

/** The box of the text column holding `node`: its nearest ancestor laid out as a block. */
export function textColumn(node: Node): DOMRect | null {
  const view = node.ownerDocument?.defaultView;
  for (let element = node instanceof Element ? node : node.parentElement; element; element = element.parentElement) {
    const display = view?.getComputedStyle(element).display ?? '';
    if (display !== 'contents' && !display.startsWith('inline')) return element.getBoundingClientRect();
  }
  return null;
}

export class CardDock {
  constructor(
    /** tippy's root element, which Popper places. */
    private readonly popper: HTMLElement,
    /** The card's content, whose font size sets the docked width. */
    private readonly cardRoot: HTMLElement,
  ) {}

  /** Docks the card beside the column holding `block` when `wanted` and there is room; floats it otherwise. */
  update(wanted: boolean, block: Node | undefined): void {
    const doc = this.popper.ownerDocument;
    const column = wanted && block?.isConnected ? textColumn(block) : null;
    const emPx = Number.parseFloat((doc.defaultView ?? window).getComputedStyle(this.cardRoot).fontSize);
    const width = column ? dockWidth(doc.documentElement.clientWidth, column.right, emPx) : null;
    if (width === null) {
      this.popper.removeAttribute(DOCKED);
      return;
    }
    this.popper.style.setProperty('--medterm-dock-width', `${width}px`);
    this.popper.setAttribute(DOCKED, '');
  }
}
