/**
 * The overview document with its glossary terms marked, ready to render: each
 * text becomes plain runs and term runs, found by the one TermMatcher. Every
 * term run has a key for its place, so a card can open at that place and a
 * deep link can find an entry's first place in the document.
 */

import { INTRO_SECTION_ID, type OverviewDocument } from '../glossary/runtime/document-model';
import type { CompiledEntry } from '../glossary/runtime/entry';
import type { TermMatcher } from '../glossary/runtime/matcher';
import type { OccurrenceMode } from '../utils/settings';

/** One term in the text: which entry, and where. */
export interface TermPlace {
  readonly entryId: string;
  /** Unique for each marked term in the document. */
  readonly key: string;
  /** The paragraph or bullet the term is in; its card opens below it. */
  readonly slot: string;
  /** The words as the document writes them here. */
  readonly text: string;
}

/** Plain text, or a marked term. */
export type Run = string | TermPlace;

export interface MarkedParagraph {
  readonly kind: 'paragraph';
  readonly slot: string;
  readonly runs: readonly Run[];
}

export interface MarkedItem {
  readonly slot: string;
  /** The bullet's lead words, shown in bold (null for a bullet without them). */
  readonly lead: readonly Run[] | null;
  readonly body: readonly Run[];
}

export interface MarkedList {
  readonly kind: 'list';
  readonly slot: string;
  readonly items: readonly MarkedItem[];
}

export interface MarkedSection {
  readonly id: string;
  readonly heading: string;
  readonly blocks: readonly (MarkedParagraph | MarkedList)[];
}

export interface MarkedDocument {
  readonly title: string;
  readonly intro: readonly MarkedParagraph[];
  readonly sections: readonly MarkedSection[];
  /** Each entry's first place in the document, for deep links. */
  readonly firstPlaces: ReadonlyMap<string, TermPlace>;
}

/**
 * Marks every glossary term in the document, or with `first-per-section`
 * only the first mention of each entry in each section (the intro counts as one).
 */
export function markDocument(
  document: OverviewDocument,
  entryOfMatch: (match: number) => CompiledEntry | undefined,
  matcher: TermMatcher,
  occurrences: OccurrenceMode = 'all',
): MarkedDocument {
  const firstPlaces = new Map<string, TermPlace>();
  let seenInSection = new Set<string>();

  const mark = (text: string, slot: string, part: string): Run[] => {
    const runs: Run[] = [];
    let at = 0;
    matcher.scan(text, (start, end, index) => {
      const entryId = entryOfMatch(index)?.id;
      if (entryId === undefined) return;
      if (occurrences === 'first-per-section' && seenInSection.has(entryId)) return;
      seenInSection.add(entryId);
      if (start > at) runs.push(text.slice(at, start));
      const place = { entryId, key: `${slot}.${part}${start}`, slot, text: text.slice(start, end) };
      if (!firstPlaces.has(entryId)) firstPlaces.set(entryId, place);
      runs.push(place);
      at = end;
    });
    if (at < text.length) runs.push(text.slice(at));
    return runs;
  };

  const intro = document.intro.map((paragraph, index): MarkedParagraph => {
    const slot = `${INTRO_SECTION_ID}-${index}`;
    return { kind: 'paragraph', slot, runs: mark(paragraph.text, slot, 'p') };
  });
  const sections = document.sections.map((section): MarkedSection => {
    seenInSection = new Set();
    const blocks = section.blocks.map((block, blockIndex) => {
      const slot = `${section.id}-${blockIndex}`;
      if (block.kind === 'paragraph') return { kind: 'paragraph', slot, runs: mark(block.text, slot, 'p') } as const;
      const items = block.items.map((item, itemIndex): MarkedItem => {
        const itemSlot = `${slot}-${itemIndex}`;
        return {
          slot: itemSlot,
          lead: item.lead === null ? null : mark(item.lead, itemSlot, 'l'),
          body: mark(item.body, itemSlot, 'b'),
        };
      });
      return { kind: 'list', slot, items } as const;
    });
    return { id: section.id, heading: section.heading, blocks };
  });
  return { title: document.title, intro, sections, firstPlaces };
}
