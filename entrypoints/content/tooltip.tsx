/**
 * The floating card: one tippy.js instance inside the extension's single
 * shadow-root host, anchored to a term's text through a virtual reference
 * (getReferenceClientRect), so the page's own nodes are never touched.
 *
 * tippy drops aria-describedby for interactive content
 * (https://github.com/atomiks/tippyjs/issues/798), and a virtual reference
 * has no element to describe anyway, so a live region inside the host
 * announces each card to screen readers instead.
 */
import { render } from 'preact';
import tippy, { type Instance } from 'tippy.js';
import tippyCss from 'tippy.js/dist/tippy.css?inline';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { NotInGlossaryCard } from '../../components/NotInGlossaryCard';
import { TermCard } from '../../components/TermCard';
import cardCss from '../../components/term-card.css?inline';
import type { CompiledEntry } from '../../glossary/build';
import { entryById } from '../../utils/glossary';
import tooltipCss from './tooltip.css?inline';

export const UI_HOST_NAME = 'medterm-explainer';

/** What the card explains: a glossary entry, or words the glossary does not have. */
export type CardContent =
  | { readonly kind: 'entry'; readonly entry: CompiledEntry; readonly chosenText?: string }
  | { readonly kind: 'missing'; readonly text: string; readonly suggestions: readonly CompiledEntry[] };

export interface CardRequest {
  readonly content: CardContent;
  /** Where the term is on screen now (called again as the page scrolls). */
  readonly anchor: () => DOMRect;
  /** Move keyboard focus into the card (when opened from the keyboard). */
  readonly focus: boolean;
}

interface TooltipOptions {
  readonly onOpenOverview: (id: string) => void;
  /** Called when the card closes, however it closes. */
  readonly onClose?: () => void;
}

/** Gap between the term and the card, in CSS pixels. */
const CARD_OFFSET = 8;
const CARD_MAX_HEIGHT = 520;
const CARD_MIN_HEIGHT = 160;

/** The taller of the spaces above and below the term, so the card fits on one side of it. */
function roomAround(anchor: DOMRect): number {
  const margin = CARD_OFFSET + 12;
  const room = Math.max(anchor.top - margin, window.innerHeight - anchor.bottom - margin);
  return Math.max(CARD_MIN_HEIGHT, Math.min(CARD_MAX_HEIGHT, room));
}

export class TermTooltip {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private instance: Instance | null = null;
  private cardRoot: HTMLElement | null = null;
  private announcer: HTMLElement | null = null;
  private current: CardRequest | null = null;
  private pinned = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly options: TooltipOptions,
  ) {}

  get isOpen(): boolean {
    return this.current !== null;
  }

  get isPinned(): boolean {
    return this.pinned;
  }

  /** True when the event happened inside the card. */
  contains(event: Event): boolean {
    return this.ui !== null && event.composedPath().includes(this.ui.shadowHost);
  }

  isHost(node: Node): boolean {
    return this.ui !== null && (node === this.ui.shadowHost || this.ui.shadowHost.contains(node));
  }

  async open(request: CardRequest): Promise<void> {
    const { instance, cardRoot } = await this.mount();
    this.current = request;
    this.draw();
    instance.setProps({ getReferenceClientRect: request.anchor });
    cardRoot.style.setProperty('--medterm-max-height', `${roomAround(request.anchor())}px`);
    instance.show();
    instance.popperInstance?.update();
    this.announce(request.content);
    if (request.focus) cardRoot.querySelector<HTMLElement>('.term-card')?.focus({ preventScroll: true });
  }

  close(): void {
    if (!this.current) return;
    this.current = null;
    this.pinned = false;
    this.instance?.hide();
    this.options.onClose?.();
  }

  private detachHost(): void {
    if (this.announcer) this.announcer.textContent = '';
    this.ui?.shadowHost.remove();
  }

  /** Keeps the card where its term is when the page scrolls or resizes. */
  reposition(): void {
    if (this.current) this.instance?.popperInstance?.update();
  }

  destroy(): void {
    this.current = null;
    this.instance?.destroy();
    this.instance = null;
    if (this.cardRoot) render(null, this.cardRoot);
    this.ui?.remove();
    this.ui = null;
  }

  private draw(): void {
    const content = this.current?.content;
    if (!content || !this.cardRoot) return;
    if (content.kind === 'missing') {
      render(
        <NotInGlossaryCard
          text={content.text}
          suggestions={content.suggestions.map(({ id, term }) => ({ id, term }))}
          onSelect={(id) => this.switchTo(id)}
          onClose={() => this.close()}
        />,
        this.cardRoot,
      );
      return;
    }
    const { entry } = content;
    const related = entry.related.flatMap((id) => {
      const other = entryById(id);
      return other ? [{ id, term: other.term }] : [];
    });
    render(
      <TermCard
        entry={entry}
        chosenText={content.chosenText}
        related={related}
        onSelectRelated={(id) => this.switchTo(id)}
        onOpenOverview={this.options.onOpenOverview}
        pinned={this.pinned}
        onTogglePin={() => {
          this.pinned = !this.pinned;
          this.draw();
        }}
        onClose={() => this.close()}
      />,
      this.cardRoot,
    );
  }

  private switchTo(id: string): void {
    const entry = entryById(id);
    if (!entry || !this.current) return;
    const content: CardContent = { kind: 'entry', entry };
    this.current = { ...this.current, content };
    this.draw();
    this.announce(content);
    this.instance?.popperInstance?.update();
  }

  private announce(content: CardContent): void {
    if (!this.announcer) return;
    this.announcer.textContent =
      content.kind === 'entry'
        ? `${content.entry.term}: ${content.entry.definition}`
        : `“${content.text}” is not in this glossary.`;
  }

  private async mount(): Promise<{ instance: Instance; cardRoot: HTMLElement }> {
    if (!this.ui) {
      this.ui = await createShadowRootUi(this.ctx, {
        name: UI_HOST_NAME,
        position: 'inline',
        anchor: () => document.documentElement,
        append: 'last',
        css: `${tippyCss}\n${cardCss}\n${tooltipCss}`,
        isolateEvents: true,
        onMount: (container) => container,
      });
    }
    if (!this.ui.shadowHost.isConnected) this.ui.mount();
    if (!this.instance || !this.cardRoot) {
      const container = this.ui.uiContainer;
      const reference = document.createElement('div');
      const cardRoot = document.createElement('div');
      cardRoot.className = 'medterm-card-root';
      const announcer = document.createElement('div');
      announcer.className = 'visually-hidden';
      announcer.setAttribute('role', 'status');
      announcer.setAttribute('aria-live', 'polite');
      container.append(reference, announcer);
      this.cardRoot = cardRoot;
      this.announcer = announcer;
      this.instance = tippy(reference, {
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
          if (!this.current) this.detachHost();
        },
        popperOptions: {
          strategy: 'fixed',
          modifiers: [{ name: 'flip', options: { fallbackPlacements: ['top-start', 'bottom', 'top'] } }],
        },
      });
    }
    return { instance: this.instance, cardRoot: this.cardRoot };
  }
}
