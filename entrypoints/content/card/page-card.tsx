/**
 * The card on a page: what it shows (a glossary entry, or words the glossary
 * lacks), where it hangs, and how it opens, switches, pins and closes. The
 * host element and tippy plumbing live in card-host.ts.
 */
import { render } from 'preact';
import { NotInGlossaryCard } from '../../../components/NotInGlossaryCard';
import { TermCard } from '../../../components/TermCard';
import { entryById, relatedTerms } from '../../../glossary/runtime/bundled';
import type { CompiledEntry } from '../../../glossary/runtime/entry';
import { CARD_OFFSET, CardHost, type CreateCardMount } from './card-host';

/** What the card explains: a glossary entry, or words the glossary does not have. */
export type CardContent =
  | {
      readonly kind: 'entry';
      readonly entry: CompiledEntry;
      readonly chosenText?: string;
      /** Whether the page is about neuroblastoma, so that lines true only there may show. */
      readonly aboutNeuroblastoma: boolean;
      /** The sentence the term appeared in on the page, saved with it to "My questions". */
      readonly sentence?: string;
    }
  | { readonly kind: 'missing'; readonly text: string; readonly suggestions: readonly CompiledEntry[] };

export interface CardRequest {
  readonly content: CardContent;
  /** Where the term is on screen now (called again as the page scrolls). */
  readonly anchor: () => DOMRect;
  /** Move keyboard focus into the card (when opened from the keyboard). */
  readonly focus: boolean;
}

interface PageCardOptions {
  /** Where the card's shadow root comes from (a content script's UI, or a shadow root on an extension page). */
  readonly createMount: CreateCardMount;
  readonly onOpenOverview: (id: string) => void;
  /** Called when the card closes, however it closes. */
  readonly onClose?: () => void;
}

const CARD_MAX_HEIGHT = 520;
const CARD_MIN_HEIGHT = 160;

/** The taller of the spaces above and below the term, so the card fits on one side of it. */
function roomAround(view: Window, anchor: DOMRect): number {
  const margin = CARD_OFFSET + 12;
  const room = Math.max(anchor.top - margin, view.innerHeight - anchor.bottom - margin);
  return Math.max(CARD_MIN_HEIGHT, Math.min(CARD_MAX_HEIGHT, room));
}

export class PageCard {
  private readonly host: CardHost;
  private cardRoot: HTMLElement | null = null;
  private current: CardRequest | null = null;
  private pinned = false;

  constructor(
    private readonly doc: Document,
    private readonly options: PageCardOptions,
  ) {
    this.host = new CardHost(doc, options.createMount, () => this.current === null);
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  get isPinned(): boolean {
    return this.pinned;
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
    this.cardRoot = cardRoot;
    this.current = request;
    this.draw();
    instance.setProps({ getReferenceClientRect: request.anchor });
    cardRoot.style.setProperty(
      '--medterm-max-height',
      `${roomAround(this.doc.defaultView ?? window, request.anchor())}px`,
    );
    instance.show();
    instance.popperInstance?.update();
    this.announce(request.content);
    if (request.focus) cardRoot.querySelector<HTMLElement>('.term-card')?.focus({ preventScroll: true });
  }

  close(): void {
    if (!this.current) return;
    this.current = null;
    this.pinned = false;
    this.host.tippy?.hide();
    this.options.onClose?.();
  }

  /** Keeps the card where its term is when the page scrolls or resizes. */
  reposition(): void {
    if (this.current) this.host.tippy?.popperInstance?.update();
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
      return;
    }
    const { entry } = content;
    render(
      <TermCard
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
        }}
        onClose={() => this.close()}
        save={{
          entryId: entry.id,
          term: entry.term,
          sentence: content.sentence ?? '',
          title: this.doc.title,
          url: this.doc.location.href,
        }}
      />,
      this.cardRoot,
    );
  }

  private switchTo(id: string): void {
    const entry = entryById(id);
    if (!entry || !this.current) return;
    const aboutNeuroblastoma = this.current.content.kind === 'entry' && this.current.content.aboutNeuroblastoma;
    const content: CardContent = { kind: 'entry', entry, aboutNeuroblastoma };
    this.current = { ...this.current, content };
    this.draw();
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
