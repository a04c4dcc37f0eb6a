/**
 * The overview document as the popup and the overview page render it: title,
 * intro, then sections of paragraphs and bullet lists, every sentence in the
 * document's own words. Parsed at build time (authoring/parse-document.ts).
 */

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly text: string;
  readonly sentences: readonly string[];
}

export interface ListItem {
  /** The bullet's lead words before the colon ("Bone pain"), or null for a bullet without them. */
  readonly lead: string | null;
  /** The text after the lead (or the whole bullet when there is no lead). */
  readonly body: string;
  /** The whole bullet as written. */
  readonly text: string;
  readonly sentences: readonly string[];
}

export interface BulletList {
  readonly kind: 'list';
  readonly items: readonly ListItem[];
}

export type Block = Paragraph | BulletList;

export interface Section {
  /** A URL-safe slug of the heading, unique in the document. */
  readonly id: string;
  readonly heading: string;
  readonly blocks: readonly Block[];
}

export interface OverviewDocument {
  readonly title: string;
  readonly intro: readonly Paragraph[];
  readonly sections: readonly Section[];
}

/** One sentence of the document with the section it belongs to. */
export const INTRO_SECTION_ID = 'introduction';
