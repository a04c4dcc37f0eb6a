/**
 * What a page is about, as far as the glossary can tell, from least to most
 * specific. Each level includes the ones before it: a page about
 * neuroblastoma is about cancer, and a page about cancer is about health.
 */
export const TOPICS = ['other', 'health', 'cancer', 'neuroblastoma'] as const;
export type Topic = (typeof TOPICS)[number];

/** The topics a page can be found to be about (every page is at least "other"). */
export type PageTopic = Exclude<Topic, 'other'>;
export const PAGE_TOPICS: readonly PageTopic[] = ['health', 'cancer', 'neuroblastoma'];

/** How specific an entry is, which decides where it is explained. */
export const SCOPES = ['specific', 'general', 'everyday'] as const;
export type Scope = (typeof SCOPES)[number];

export function topicRank(topic: Topic): number {
  return TOPICS.indexOf(topic);
}

/** Where an entry's own forms are explained: everyday words only on pages about health. */
export function topicNeededFor(scope: Scope): Topic {
  return scope === 'everyday' ? 'health' : 'other';
}

/** What an entry's mention says about the page, unless the entry says otherwise. */
export function defaultEvidence(scope: Scope): Topic {
  if (scope === 'specific') return 'neuroblastoma';
  return scope === 'general' ? 'health' : 'other';
}
