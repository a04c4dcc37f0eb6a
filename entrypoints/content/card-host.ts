/**
 * The extension's one node on the page: a <medterm-explainer> host whose
 * shadow root (reset with `:host { all: initial }`, so page CSS cannot reach
 * in) holds one tippy.js instance, anchored to a term's text through a
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
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../components/term-card.css?inline';
import tooltipCss from './tooltip.css?inline';

export const UI_HOST_NAME = 'medterm-explainer';
/** Gap between the term and the card, in CSS pixels. */
export const CARD_OFFSET = 8;

export interface AttachedHost {
  readonly instance: Instance;
  /** Where the card's content is rendered. */
  readonly cardRoot: HTMLElement;
}

export class CardHost {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private attached: AttachedHost | null = null;
  private announcer: HTMLElement | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
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
  async attach(): Promise<AttachedHost> {
    this.ui ??= await createShadowRootUi(this.ctx, {
      name: UI_HOST_NAME,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      css: `${tippyCss}\n${cardCss}\n${tooltipCss}`,
      isolateEvents: true,
      onMount: (container) => container,
    });
    if (!this.ui.shadowHost.isConnected) this.ui.mount();
    this.attached ??= this.createCard(this.ui.uiContainer);
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
    const reference = document.createElement('div');
    const cardRoot = document.createElement('div');
    cardRoot.className = 'medterm-card-root';
    const announcer = document.createElement('div');
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
