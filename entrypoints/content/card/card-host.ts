/**
 * The extension's one node on the page: a host (see page-mount.ts) whose
 * shadow root holds one tippy.js instance, anchored to a term's text through a
 * virtual reference (getReferenceClientRect), and a live region. The host is
 * created on first use and leaves the page whenever no card is open.
 *
 * tippy drops aria-describedby for interactive content
 * (https://github.com/atomiks/tippyjs/issues/798), and a virtual reference
 * has no element to describe anyway, so the live region announces each card
 * to screen readers instead.
 */
import tippy, { type Instance } from 'tippy.js';
import tippyCss from 'tippy.js/dist/tippy.css?inline';
import cardCss from '../../../components/term-card.css?inline';
import hostCss from './card-host.css?inline';

/** Everything the card's shadow root needs: tippy's base styles, the card, its frame. */
export const CARD_CSS = `${tippyCss}\n${cardCss}\n${hostCss}`;

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
    /** Called once the card has finished hiding; returns whether the host may leave the page. */
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
      maxWidth: 380,
      offset: [0, CARD_OFFSET],
      theme: 'medterm',
      zIndex: 2147483647,
      animation: 'fade',
      duration: [120, 80],
      aria: { content: null, expanded: false },
      // The host leaves the page while no card is open, so "select all" and copy see only the page.
      onHidden: () => {
        if (!this.onHidden()) return;
        this.announce('');
        this.ui?.shadowHost.remove();
      },
      popperOptions: {
        strategy: 'fixed',
        modifiers: [{ name: 'flip', options: { fallbackPlacements: ['top-start', 'bottom', 'top'] } }],
      },
    });
    return { instance, cardRoot };
  }
}
