/**
 * Decides which of a block's matches are marked, in the sense the page gives
 * them: phrases in another sense and cue words are never marked, and a match
 * whose sense needs a topic ("relapse" needs cancer, everyday words need
 * health) is marked only while the page is judged to be about it. The
 * matches feed the topic judgement as they pass, so no second scan is needed.
 * When the topic changes, the blocks whose marks depend on it are read again.
 */
import type { SenseTarget } from '../../../glossary/runtime/senses';
import { covers, type Topic } from '../../../glossary/runtime/topic';
import type { BlockOwner } from '../reading/text-blocks';
import type { TermOccurrence } from './find-terms';
import { MatchList, NOT_MARKED } from './match-list';
import { Evidence, TopicJudge } from './topic-judge';

export interface PageSenseOptions {
  /** What each match number means (see glossary/runtime/senses.ts). */
  readonly targets: readonly SenseTarget[];
  /** Called with the blocks to read again when the page's topic changes. */
  readonly onTopicChange: (topic: Topic, blocks: BlockOwner[]) => void;
}

export class PageSense {
  private readonly judge = new TopicJudge();
  private topic: Topic = 'other';
  /** The reader asked to mark every word on this site, whatever the page is about. */
  private markAll = false;
  /** Blocks with matches whose marking depends on the topic. */
  private readonly topicDependent = new Set<BlockOwner>();

  constructor(private readonly options: PageSenseOptions) {}

  /** What the page is about, as judged so far. */
  get pageTopic(): Topic {
    return this.topic;
  }

  /** Whether matches that need a topic are held back on this page. */
  get withholding(): boolean {
    return !this.markAll && this.topic !== 'neuroblastoma' && this.topicDependent.size > 0;
  }

  setMarkAll(markAll: boolean): void {
    if (markAll === this.markAll) return;
    this.markAll = markAll;
    this.options.onTopicChange(this.topic, this.dependentBlocks());
  }

  /** The block's matches to mark, as occurrences of their entries (for callers that have objects already). */
  select(block: BlockOwner, matches: readonly TermOccurrence[], textLength: number): TermOccurrence[] {
    const list = new MatchList();
    for (const { entry } of matches) list.push(0, 0, entry);
    this.choose(block, list, textLength);
    const marked: TermOccurrence[] = [];
    matches.forEach((match, index) => {
      const entry = list.entry(index);
      if (entry !== NOT_MARKED) marked.push(entry === match.entry ? match : { ...match, entry });
    });
    return marked;
  }

  /** Rewrites each of the block's match numbers to the entry it marks, or NOT_MARKED. */
  choose(block: BlockOwner, matches: MatchList, textLength: number): void {
    const { targets } = this.options;
    const evidence = new Evidence(textLength);
    let nearNeeded = false;
    for (let index = 0; index < matches.length; index++) {
      const target = targets[matches.entry(index)];
      if (!target) continue;
      if (target.needs === 'other' && target.evidence !== 'other') evidence.add(target.evidence);
      if (target.near) nearNeeded = true;
    }
    this.updateTopic(this.judge.record(block, evidence));
    const mentioned = nearNeeded ? plainMentions(matches, targets) : null;
    let dependent = false;
    for (let index = 0; index < matches.length; index++) {
      const target = targets[matches.entry(index)];
      let marked = target?.entry ?? NOT_MARKED;
      if (target && marked !== NOT_MARKED) {
        if (target.needs !== 'other') dependent = true;
        if (!this.markAll && !covers(this.topic, target.needs)) marked = NOT_MARKED;
        else if (target.near && !target.near.some((entry) => mentioned?.has(entry))) marked = NOT_MARKED;
      }
      matches.setEntry(index, marked);
    }
    if (dependent) this.topicDependent.add(block);
    else this.topicDependent.delete(block);
  }

  /** Forgets what the page was about (before it is read again from the top). */
  reset(): void {
    this.judge.reset();
    this.topicDependent.clear();
    this.topic = 'other';
  }

  private updateTopic(topic: Topic): void {
    if (topic === this.topic) return;
    this.topic = topic;
    this.options.onTopicChange(topic, this.dependentBlocks());
  }

  private dependentBlocks(): BlockOwner[] {
    return [...this.topicDependent].filter((block) => block.isConnected);
  }
}

/**
 * The entries a block mentions in a form that needs no neighbour itself:
 * "overall survival (OS)" and "CR/VGPR" are neighbourhoods, but short forms
 * never vouch for each other ("10 KM … OS Explorer map").
 */
function plainMentions(matches: MatchList, targets: readonly SenseTarget[]): Set<number> {
  const entries = new Set<number>();
  for (let index = 0; index < matches.length; index++) {
    const target = targets[matches.entry(index)];
    if (target?.entry != null && target.near === undefined) entries.add(target.entry);
  }
  return entries;
}
