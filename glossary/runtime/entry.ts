/**
 * The glossary's data model as every part of the extension sees it: the
 * authored entry (glossary/entries/*.json, validated by authoring/schema.ts)
 * and the compiled entry the build bundles into the extension.
 */
import type { OverviewDocument } from './document-model';
import type { PageTopic, Scope, Topic } from './topic';

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
  /** Specific to childhood cancer, general medical, or an everyday word (explained only on pages about health). */
  readonly scope: Scope;
  /** What a mention of the entry says the page is about; by default it follows the scope. */
  readonly evidence?: Topic;
  /** Forms that mean this entry only on pages about a topic (abbreviations such as "NED", words such as "relapse"). */
  readonly formsOnlyOn?: Readonly<Partial<Record<PageTopic, readonly string[]>>>;
  /**
   * Short forms (one word of 2 to 6 letters or digits starting with a capital,
   * such as "OS" or "Hb") that mean this entry only on pages about cancer and only
   * in a block that also mentions one of the listed entries ("OS" beside
   * "survival"), each with those entries' ids.
   */
  readonly formsNear?: Readonly<Record<string, readonly string[]>>;
  /** Longer phrases holding one of the forms in another sense ("kidney beans"); nothing in them is marked. */
  readonly notWhen?: readonly string[];
  /** What holds only for neuroblastoma, shown as "In neuroblastoma: …" on pages about it. */
  readonly inNeuroblastoma?: string;
  /** Questions a parent might ask the care team about it, offered in "My questions". */
  readonly questions?: readonly string[];
}

export interface EntrySource {
  /** The heading of the section the sentence is in (the title for the intro). */
  readonly section: string;
  /** The sentence, verbatim from the document. */
  readonly sentence: string;
}

/** An authored entry as compiled: optional fields settled, and the document's sentences that mention it. */
export interface CompiledEntry
  extends Omit<
    GlossaryEntry,
    'parentNote' | 'addition' | 'evidence' | 'formsOnlyOn' | 'formsNear' | 'notWhen' | 'inNeuroblastoma' | 'questions'
  > {
  readonly parentNote: string | null;
  readonly addition: boolean;
  readonly evidence: Topic;
  readonly formsOnlyOn: Readonly<Record<PageTopic, readonly string[]>>;
  readonly formsNear: Readonly<Record<string, readonly string[]>>;
  readonly notWhen: readonly string[];
  readonly inNeuroblastoma: string | null;
  readonly questions: readonly string[];
  readonly sources: readonly EntrySource[];
}

/** Words that are no entry but say what a page is about ("oncologist", "patients"), by topic. */
export type TopicCues = Readonly<Record<PageTopic, readonly string[]>>;

export interface CompiledGlossary {
  readonly document: OverviewDocument;
  readonly entries: readonly CompiledEntry[];
  readonly topicCues: TopicCues;
}
