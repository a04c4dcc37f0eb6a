/** What a page card is asked to show, and what it is built with. */
import type { CompiledEntry } from '../../../glossary/runtime/entry';
import type { CreateCardMount } from './card-host';

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
  /** A node of the text explained, whose column a docked card leaves clear (no docking without it). */
  readonly block?: Node | undefined;
}

export interface PageCardOptions {
  /** Where the card's shadow root comes from (a content script's UI, or a shadow root on an extension page). */
  readonly createMount: CreateCardMount;
  readonly onOpenOverview: (id: string) => void;
  /** Called when the card closes, however it closes. */
  readonly onClose?: () => void;
  /** Whether a pinned card docks at the side of the page (the reader's setting); never by default. */
  readonly dockPinned?: () => boolean;
  /** Where a saved word was read; by default the document's title and address. */
  readonly savedFrom?: SavedFrom;
}

export interface SavedFrom {
  readonly title: string;
  readonly url?: string;
}
