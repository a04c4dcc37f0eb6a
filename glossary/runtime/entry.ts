/**
 * The glossary's data model as every part of the extension sees it: the
 * authored entry (glossary/entries/*.json, validated by authoring/schema.ts)
 * and the compiled entry the build bundles into the extension.
 */
import type { OverviewDocument } from './document-model';

export const CATEGORIES = [
  'disease',
  'body',
  'treatment',
  'medicine',
  'biology',
  'symptom',
  'outlook',
  'care',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface GlossaryEntry {
  readonly id: string;
  readonly term: string;
  readonly category: Category;
  /** Other ways pages write the term; the term itself is always matched too. */
  readonly forms: readonly string[];
  readonly definition: string;
  readonly detail: string;
  readonly parentNote?: string;
  readonly pronunciation: string;
  readonly related: readonly string[];
  /** True for entries the document never mentions (added because parents meet them elsewhere). */
  readonly addition?: boolean;
}

export interface EntrySource {
  /** The heading of the section the sentence is in (the title for the intro). */
  readonly section: string;
  /** The sentence, verbatim from the document. */
  readonly sentence: string;
}

/** An authored entry as compiled: optional fields settled, and the document's sentences that mention it. */
export interface CompiledEntry extends Omit<GlossaryEntry, 'parentNote' | 'addition'> {
  readonly parentNote: string | null;
  readonly addition: boolean;
  readonly sources: readonly EntrySource[];
}

export interface CompiledGlossary {
  readonly document: OverviewDocument;
  readonly entries: readonly CompiledEntry[];
}
