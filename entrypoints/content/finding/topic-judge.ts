/**
 * Judges what a frame's page is about from the matches the scan already
 * finds: mentions of entries and cue words, each saying "health", "cancer"
 * or "neuroblastoma", counted per block (a block read again replaces its
 * count) against the amount of text read. A topic needs both a few mentions
 * and enough of them per thousand words, so one "cancer" in a long sports
 * story does not make it a page about cancer.
 */
import { PAGE_TOPICS, type PageTopic, type Topic, topicRank } from '../../../glossary/runtime/topic';
import type { BlockOwner } from '../reading/text-blocks';

/** Per topic: the fewest mentions, and the fewest per 1,000 words, that make a page about it. */
export const TOPIC_THRESHOLDS: Readonly<Record<PageTopic, { mentions: number; perThousandWords: number }>> = {
  health: { mentions: 3, perThousandWords: 3 },
  cancer: { mentions: 3, perThousandWords: 2 },
  neuroblastoma: { mentions: 2, perThousandWords: 1 },
};
/** Characters per word in running text, to turn text length into words without splitting it. */
const CHARS_PER_WORD = 6;

/** Mentions per topic (a mention of a more specific topic counts for the broader ones) and text length. */
export class Evidence {
  readonly mentions: Record<PageTopic, number> = { health: 0, cancer: 0, neuroblastoma: 0 };
  constructor(public chars = 0) {}

  add(topic: Topic): void {
    const rank = topicRank(topic);
    for (const level of PAGE_TOPICS) if (rank >= topicRank(level)) this.mentions[level]++;
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
    let topic: Topic = 'other';
    for (const level of PAGE_TOPICS) {
      const { mentions, perThousandWords } = TOPIC_THRESHOLDS[level];
      const count = this.total.mentions[level];
      if (count >= mentions && (count * 1000) / words >= perThousandWords) topic = level;
    }
    return topic;
  }

  reset(): void {
    this.byBlock.clear();
    this.total.chars = 0;
    for (const level of PAGE_TOPICS) this.total.mentions[level] = 0;
  }

  private apply(evidence: Evidence, sign: 1 | -1): void {
    this.total.chars += sign * evidence.chars;
    for (const level of PAGE_TOPICS) this.total.mentions[level] += sign * evidence.mentions[level];
  }
}
