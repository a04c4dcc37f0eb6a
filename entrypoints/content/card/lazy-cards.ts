/**
 * The explainer's card, loaded on first use: until a card first opens in the
 * frame, the card's script (glossary, Preact, tippy.js) is neither parsed nor
 * run, which keeps the start on every page and frame light. The first
 * request asks the background to load it (card-ui.ts), as does the pointer
 * first coming to rest on a term; only the last request made while it loads
 * runs (a close in between cancels a hover's open).
 */
import { sendToBackground } from '../../../utils/messages';
import type { TermOccurrence } from '../finding/find-terms';
import type { CardUi, CardUiParts } from './card-ui';
import { offeredCardUi } from './card-ui-handover';

type CardAction = (ui: CardUi) => void;

export class LazyCards {
  private ui: CardUi | null = null;
  private loading = false;
  private pending: CardAction | null = null;
  private stopped = false;

  constructor(
    private readonly parts: CardUiParts,
    /** Loads the card's script into this frame; false when the browser refused. */
    private readonly load: () => Promise<boolean> = () => sendToBackground('load-card-ui', null),
  ) {}

  /** The term whose card is open, if the card shows a term of the page. */
  get shown(): TermOccurrence | null {
    return this.ui?.cards.shown ?? null;
  }

  get isOpen(): boolean {
    return this.ui?.card.isOpen ?? false;
  }

  get isPinned(): boolean {
    return this.ui?.card.isPinned ?? false;
  }

  get isGivingFocusBack(): boolean {
    return this.ui?.card.isGivingFocusBack ?? false;
  }

  contains(event: Event): boolean {
    return this.ui?.card.contains(event) ?? false;
  }

  isHost(node: Node): boolean {
    return this.ui?.card.isHost(node) ?? false;
  }

  /** Starts loading the card without opening it (the pointer rests on a term: the hover delay hides the load). */
  prepare(): void {
    if (!this.ui && !this.loading && !this.stopped) void this.loadUi();
  }

  openTerm(occurrence: TermOccurrence, focus: boolean): void {
    this.run((ui) => ui.cards.openTerm(occurrence, focus));
  }

  step(direction: 1 | -1): void {
    this.run((ui) => ui.cards.step(direction));
  }

  /** Brings the first occurrence of an entry into view and opens its card; false when the page lacks it. */
  reveal(id: string): boolean {
    const target = this.parts.navigator.reveal(id);
    if (target) this.openTerm(target, false);
    return target !== null;
  }

  explainSelection(): void {
    this.run((ui) => ui.cards.explainSelection());
  }

  explainText(text: string): void {
    this.run((ui) => ui.cards.explainText(text));
  }

  close(): void {
    this.pending = null;
    this.ui?.card.close();
  }

  reposition(): void {
    this.ui?.card.reposition();
  }

  destroy(): void {
    this.stopped = true;
    this.pending = null;
    this.ui?.card.destroy();
  }

  private run(action: CardAction): void {
    if (this.stopped) return;
    if (this.ui) {
      action(this.ui);
      return;
    }
    this.pending = action;
    if (!this.loading) void this.loadUi();
  }

  private async loadUi(): Promise<void> {
    this.loading = true;
    // The background may be restarting or gone (extension disabled): the next request tries again.
    const loaded = await this.load().catch(() => false);
    this.loading = false;
    const create = loaded ? offeredCardUi() : undefined;
    if (!create || this.stopped) return;
    this.ui = create(this.parts);
    const action = this.pending;
    this.pending = null;
    action?.(this.ui);
  }
}
