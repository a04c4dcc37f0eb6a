/**
 * What each match of the one matcher means. The matcher's forms are grouped
 * into targets: first one per entry (its term and forms, in entry order, so a
 * target below the entry count is that entry), then the forms that mean an
 * entry only on pages about a topic, the phrases in another sense (which
 * match so that nothing inside them does), and the topic cue words.
 */
import type { CompiledEntry, TopicCues } from './entry';
import { PAGE_TOPICS, type Topic, topicNeededFor } from './topic';

export interface SenseTarget {
  /** The entry the match explains, or null for a phrase in another sense or a cue word. */
  readonly entry: number | null;
  /** The page topic below which the match is not marked. */
  readonly needs: Topic;
  /** What the match says the page is about ("other": nothing). */
  readonly evidence: Topic;
  /** When set, the match is marked only in a block that also mentions one of these entries. */
  readonly near?: readonly number[];
}

export interface TargetForms {
  readonly target: SenseTarget;
  readonly forms: readonly string[];
}

export function senseTargets(entries: readonly CompiledEntry[], cues: TopicCues): TargetForms[] {
  const own = entries.map((entry, index) => ({
    target: { entry: index, needs: topicNeededFor(entry.scope), evidence: entry.evidence },
    forms: entry.forms,
  }));
  const guarded = entries.flatMap((entry, index) =>
    PAGE_TOPICS.filter((topic) => entry.formsOnlyOn[topic].length > 0).map((topic) => ({
      target: { entry: index, needs: topic, evidence: 'other' as const },
      forms: entry.formsOnlyOn[topic],
    })),
  );
  const indexOf = new Map(entries.map((entry, index) => [entry.id, index]));
  const near = entries.flatMap((entry, index) =>
    Object.entries(entry.formsNear).map(([form, ids]) => ({
      target: {
        entry: index,
        needs: 'cancer' as const,
        evidence: 'other' as const,
        near: ids.flatMap((id) => indexOf.get(id) ?? []),
      },
      forms: [form],
    })),
  );
  const otherSense = entries
    .filter((entry) => entry.notWhen.length > 0)
    .map((entry) => ({
      target: { entry: null, needs: 'other' as const, evidence: 'other' as const },
      forms: entry.notWhen,
    }));
  const cueTargets = PAGE_TOPICS.filter((topic) => cues[topic].length > 0).map((topic) => ({
    target: { entry: null, needs: 'other' as const, evidence: topic },
    forms: cues[topic],
  }));
  return [...own, ...guarded, ...near, ...otherSense, ...cueTargets];
}
