/**
 * The extension's one node on the page: a host (see page-mount.ts) whose
 * shadow root holds one tippy.js instance, anchored to a term's text through a
 * virtual reference (getReferenceClientRect), and a live region. The host is
 * created on first use and then stays, so the live region lives as long as
 * the script: a region inserted just before it speaks is often missed.
 *
 * tippy drops aria-describedby for interactive content
 * (https://github.com/atomiks/tippyjs/issues/798), and a virtual reference
 * has no element to describe anyway, so the live region announces each card
 * to screen readers; the card itself is a non-modal dialog (see page-card.tsx),
 * not tippy's default tooltip role.
 */
import tippy, { type Instance } from 'tippy.js';
import tippyCss from 'tippy.js/dist/tippy.css?inline';
import saveWordCss from '../../../components/save-word.css?inline';
import cardCss from '../../../components/term-card.css?inline';
import dockCss from './card-dock.css?inline';
import hostCss from './card-host.css?inline';

/** Everything the card's shadow root needs: tippy's base styles, the card, its frame, its docked place. */
export const CARD_CSS = `${tippyCss}\n${cardCss}\n${saveWordCss}\n${hostCss}\n${dockCss}`;

/** The shadow root the card lives in, and the element that hosts it on the page. */
export interface CardMount {
  readonly shadowHost: HTMLElement;
  /** Inside the shadow root, with CARD_CSS applied. */
  readonly container: HTMLElement;
  /** Puts the host on the page (again). */
  mount(): void;
  remove(): void;
}

export type CreateCardMount = () => CardMount;
/** Gap between the term and the card, in CSS pixels. */
export const CARD_OFFSET = 8;

const CARD_MAX_HEIGHT = 520;
const CARD_MIN_HEIGHT = 160;

/** The taller of the spaces above and below the term, so the card fits on one side of it. */
export function roomAround(view: Window, anchor: DOMRect): number {
  const margin = CARD_OFFSET + 12;
  const room = Math.max(anchor.top - margin, view.innerHeight - anchor.bottom - margin);
  return Math.max(CARD_MIN_HEIGHT, Math.min(CARD_MAX_HEIGHT, room));
}

export interface AttachedHost {
  readonly instance: Instance;
  /** Where the card's content is rendered. */
  readonly cardRoot: HTMLElement;
}

export class CardHost {
  private ui: CardMount | null = null;
  private attached: AttachedHost | null = null;
  private announcer: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly createMount: CreateCardMount,
    /** Called once the card has finished hiding; returns whether it is still meant to be hidden. */
    private readonly onHidden: () => boolean,
  ) {}

  /** The card's tippy instance, once the host has been attached. */
  get tippy(): Instance | null {
    return this.attached?.instance ?? null;
  }

  /** True when the event happened inside the host. */
  contains(event: Event): boolean {
    return this.ui !== null && event.composedPath().includes(this.ui.shadowHost);
  }

  isHost(node: Node): boolean {
    return this.ui !== null && (node === this.ui.shadowHost || this.ui.shadowHost.contains(node));
  }

  /** Whether keyboard focus is inside the card. */
  hasFocus(): boolean {
    return this.ui !== null && this.doc.activeElement === this.ui.shadowHost;
  }

  /** Puts the host on the page (creating it the first time) and returns the card's tippy instance. */
  attach(): AttachedHost {
    this.ui ??= this.createMount();
    if (!this.ui.shadowHost.isConnected) this.ui.mount();
    this.attached ??= this.createCard(this.ui.container);
    return this.attached;
  }

  announce(text: string): void {
    if (this.announcer) this.announcer.textContent = text;
  }

  destroy(): void {
    this.attached?.instance.destroy();
    this.attached = null;
    this.ui?.remove();
    this.ui = null;
  }

  private createCard(container: HTMLElement): AttachedHost {
    const reference = this.doc.createElement('div');
    // The card hangs from getReferenceClientRect; the element itself needs no box (nor a line in a copy).
    reference.hidden = true;
    const cardRoot = this.doc.createElement('div');
    cardRoot.className = 'medterm-card-root';
    const announcer = this.doc.createElement('div');
    announcer.className = 'visually-hidden';
    announcer.setAttribute('role', 'status');
    announcer.setAttribute('aria-live', 'polite');
    container.append(reference, announcer);
    this.announcer = announcer;
    const instance = tippy(reference, {
      content: cardRoot,
      appendTo: () => container,
      interactive: true,
      trigger: 'manual',
      hideOnClick: false,
      placement: 'bottom-start',
      // In em of the host's font size, which is the reader's default: larger text, wider card.
      maxWidth: '24em',
      role: '',
      offset: [0, CARD_OFFSET],
      theme: 'medterm',
      zIndex: 2147483647,
      animation: 'fade',
      duration: [120, 80],
      aria: { content: null, expanded: false },
      onHidden: () => {
        if (this.onHidden()) this.announce('');
      },
      popperOptions: {
        strategy: 'fixed',
        modifiers: [{ name: 'flip', options: { fallbackPlacements: ['top-start', 'bottom', 'top'] } }],
      },
    });
    return { instance, cardRoot };
  }
}
