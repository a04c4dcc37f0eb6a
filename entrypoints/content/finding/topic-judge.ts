/**
 * Judges what a frame's page is about from the matches the scan already
 * finds: mentions of entries and cue words, each saying "health", "cancer"
 * or "neuroblastoma", counted per block (a block read again replaces its
 * count) against the amount of text read. A topic needs both a few mentions
 * and enough of them per thousand words, so one "cancer" in a long sports
 * story does not make it a page about cancer.
 *
 * Topics are handled by rank (see glossary/runtime/topic.ts) in typed arrays:
 * this runs for every block of a page, and comparing topic names in records
 * cost a 1 MB article tens of milliseconds.
 */
import { type PageTopic, TOPICS, type Topic } from '../../../glossary/runtime/topic';
import type { BlockOwner } from '../reading/text-blocks';

/** Per topic: the fewest mentions, and the fewest per 1,000 words, that make a page about it. */
export const TOPIC_THRESHOLDS: Readonly<Record<PageTopic, { mentions: number; perThousandWords: number }>> = {
  health: { mentions: 3, perThousandWords: 3 },
  cancer: { mentions: 3, perThousandWords: 2 },
  neuroblastoma: { mentions: 2, perThousandWords: 1 },
};
/** The thresholds by topic rank (rank 0, "other", needs nothing). */
const THRESHOLDS_BY_RANK = TOPICS.map((topic) => (topic === 'other' ? null : TOPIC_THRESHOLDS[topic]));
/** Characters per word in running text, to turn text length into words without splitting it. */
const CHARS_PER_WORD = 6;

/** Mentions per topic rank (a mention of a more specific topic counts for the broader ones) and text length. */
export class Evidence {
  readonly mentions = new Int32Array(TOPICS.length);
  constructor(public chars = 0) {}

  /** Evidence from a block's mentions, counted by the rank of the topic each says. */
  static of(chars: number, mentionsByRank: ArrayLike<number>): Evidence {
    const evidence = new Evidence(chars);
    let atLeast = 0;
    for (let rank = TOPICS.length - 1; rank > 0; rank--) {
      atLeast += mentionsByRank[rank] ?? 0;
      evidence.mentions[rank] = atLeast;
    }
    return evidence;
  }
}

export class TopicJudge {
  private readonly byBlock = new Map<BlockOwner, Evidence>();
  private readonly total = new Evidence();

  /** Replaces a block's evidence; returns the page's topic after it. */
  record(block: BlockOwner, evidence: Evidence): Topic {
    const old = this.byBlock.get(block);
    if (old) this.apply(old, -1);
    this.apply(evidence, 1);
    if (evidence.chars > 0) this.byBlock.set(block, evidence);
    else this.byBlock.delete(block);
    return this.topic;
  }

  get topic(): Topic {
    const words = Math.max(1, this.total.chars / CHARS_PER_WORD);
    let found = 0;
    for (let rank = 1; rank < TOPICS.length; rank++) {
      const threshold = THRESHOLDS_BY_RANK[rank];
      const count = this.total.mentions[rank] ?? 0;
      if (threshold && count >= threshold.mentions && (count * 1000) / words >= threshold.perThousandWords)
        found = rank;
    }
    return TOPICS[found] ?? 'other';
  }

  reset(): void {
    this.byBlock.clear();
    this.total.chars = 0;
    this.total.mentions.fill(0);
  }

  private apply(evidence: Evidence, sign: 1 | -1): void {
    this.total.chars += sign * evidence.chars;
    for (let rank = 1; rank < TOPICS.length; rank++) {
      this.total.mentions[rank] = (this.total.mentions[rank] ?? 0) + sign * (evidence.mentions[rank] ?? 0);
    }
  }
}
