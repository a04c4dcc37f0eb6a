/**
 * The card on a page: what it shows (a glossary entry, or words the glossary
 * lacks), where it hangs, and how it opens, switches, pins and closes. It is
 * a non-modal dialog labelled by its term. Opened from the keyboard it takes
 * focus, keeps Tab inside itself, and gives focus back where it was when it
 * closes; switching to a related term starts the new card at its top. The
 * host element and tippy plumbing live in card-host.ts; a pinned card's
 * place at the side of the page (a setting) in card-dock.ts.
 */
import { render } from 'preact';
import { NotInGlossaryCard } from '../../../components/NotInGlossaryCard';
import { TermCard } from '../../../components/TermCard';
import { entryById, relatedTerms } from '../../../glossary/runtime/bundled';
import { CardDock } from './card-dock';
import { CardHost, roomAround } from './card-host';
import type { CardContent, CardRequest, PageCardOptions } from './card-request';
import { keepTabInside } from './focus-cycle';

export class PageCard {
  private readonly host: CardHost;
  private cardRoot: HTMLElement | null = null;
  private dock: CardDock | null = null;
  private current: CardRequest | null = null;
  private pinned = false;
  /** Where keyboard focus was before the card took it, to give it back on close. */
  private returnFocus: HTMLElement | null = null;
  /** True while the card gives focus back, so a marked link getting it does not open its card again. */
  private givingFocusBack = false;

  constructor(
    private readonly doc: Document,
    private readonly options: PageCardOptions,
  ) {
    this.host = new CardHost(doc, options.createMount, () => {
      if (this.current !== null) return false;
      this.placeDock();
      return true;
    });
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  get isPinned(): boolean {
    return this.pinned;
  }

  /** Whether focus now arriving on the page comes back from the card (closed with Esc or its button). */
  get isGivingFocusBack(): boolean {
    return this.givingFocusBack;
  }

  /** True when the event happened inside the card. */
  contains(event: Event): boolean {
    return this.host.contains(event);
  }

  isHost(node: Node): boolean {
    return this.host.isHost(node);
  }

  async open(request: CardRequest): Promise<void> {
    const { instance, cardRoot } = this.host.attach();
    if (this.cardRoot !== cardRoot) {
      cardRoot.setAttribute('role', 'dialog');
      cardRoot.setAttribute('aria-modal', 'false');
      keepTabInside(cardRoot);
      this.dock = new CardDock(instance.popper, cardRoot);
    }
    this.cardRoot = cardRoot;
    if (request.focus && !this.host.hasFocus()) {
      const active = this.doc.activeElement;
      this.returnFocus = active instanceof HTMLElement && active !== this.doc.body ? active : null;
    }
    this.current = request;
    this.draw();
    instance.setProps({ getReferenceClientRect: request.anchor });
    this.placeDock();
    cardRoot.style.setProperty(
      '--medterm-max-height',
      `${roomAround(this.doc.defaultView ?? window, request.anchor())}px`,
    );
    instance.show();
    instance.popperInstance?.update();
    this.announce(request.content);
    if (request.focus) this.focusCard();
  }

  close(): void {
    if (!this.current) return;
    const hadFocus = this.host.hasFocus();
    this.current = null;
    this.pinned = false;
    this.host.tippy?.hide();
    if (hadFocus) {
      const back = this.returnFocus?.isConnected ? this.returnFocus : null;
      if (back) {
        this.givingFocusBack = true;
        back.focus({ preventScroll: true });
        this.givingFocusBack = false;
      } else (this.doc.activeElement as HTMLElement | null)?.blur();
    }
    this.returnFocus = null;
    this.options.onClose?.();
  }

  /** Keeps the card where its term is (or docked, if there is still room) when the page scrolls or resizes. */
  reposition(): void {
    if (!this.current) return;
    this.placeDock();
    this.host.tippy?.popperInstance?.update();
  }

  destroy(): void {
    this.current = null;
    if (this.cardRoot) render(null, this.cardRoot);
    this.host.destroy();
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
      this.label();
      return;
    }
    const { entry } = content;
    render(
      <TermCard
        // A new entry is a new card: "More detail" closes again.
        key={entry.id}
        entry={entry}
        chosenText={content.chosenText}
        aboutNeuroblastoma={content.aboutNeuroblastoma}
        related={relatedTerms(entry)}
        onSelectRelated={(id) => this.switchTo(id)}
        onOpenOverview={this.options.onOpenOverview}
        pinned={this.pinned}
        onTogglePin={() => {
          this.pinned = !this.pinned;
          this.draw();
          this.placeDock();
        }}
        onClose={() => this.close()}
        save={{
          entryId: entry.id,
          term: entry.term,
          sentence: content.sentence ?? '',
          ...(this.options.savedFrom ?? { title: this.doc.title, url: this.doc.location.href }),
        }}
      />,
      this.cardRoot,
    );
    this.label();
  }

  /** Docks a pinned card at the side of the page when the reader asked for it; floats it otherwise. */
  private placeDock(): void {
    this.dock?.update(this.pinned && (this.options.dockPinned?.() ?? false), this.current?.block);
  }

  /** Names the dialog after the heading the card shows. */
  private label(): void {
    const heading = this.cardRoot?.querySelector('h2')?.id;
    if (heading) this.cardRoot?.setAttribute('aria-labelledby', heading);
  }

  private focusCard(): void {
    this.cardRoot?.querySelector<HTMLElement>('.term-card')?.focus({ preventScroll: true });
  }

  private switchTo(id: string): void {
    const entry = entryById(id);
    if (!entry || !this.current) return;
    const aboutNeuroblastoma = this.current.content.kind === 'entry' && this.current.content.aboutNeuroblastoma;
    const content: CardContent = { kind: 'entry', entry, aboutNeuroblastoma };
    this.current = { ...this.current, content };
    const hadFocus = this.host.hasFocus();
    this.draw();
    const card = this.cardRoot?.querySelector<HTMLElement>('.term-card');
    if (card) card.scrollTop = 0;
    if (hadFocus) this.focusCard();
    this.announce(content);
    this.host.tippy?.popperInstance?.update();
  }

  private announce(content: CardContent): void {
    this.host.announce(
      content.kind === 'entry'
        ? `${content.entry.term}: ${content.entry.definition}`
        : `“${content.text}” is not in this glossary.`,
    );
  }
}
