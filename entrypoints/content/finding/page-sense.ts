/**
 * Decides which of a block's matches are marked, in the sense the page gives
 * them: phrases in another sense and cue words are never marked, and a match
 * whose sense needs a topic ("relapse" needs cancer, everyday words need
 * health) is marked only while the page is judged to be about it. The
 * matches feed the topic judgement as they pass, so no second scan is needed.
 * When the topic changes, the blocks whose marks depend on it are read again.
 */
import type { SenseTarget } from '../../../glossary/runtime/senses';
import { TOPICS, type Topic, topicRank } from '../../../glossary/runtime/topic';
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
  private readonly table: TargetTable;
  /** A block's mentions by topic rank, reused from block to block. */
  private readonly mentions = new Int32Array(TOPICS.length);

  constructor(private readonly options: PageSenseOptions) {
    this.table = targetTable(options.targets);
  }

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
    const { entry: entryOf, needs, evidence: says, near } = this.table;
    const mentions = this.mentions.fill(0);
    let nearNeeded = false;
    for (let index = 0; index < matches.length; index++) {
      const target = matches.entry(index);
      if (target < 0 || target >= entryOf.length) continue;
      const rank = says[target] ?? 0;
      mentions[rank] = (mentions[rank] ?? 0) + 1;
      if (near[target]) nearNeeded = true;
    }
    this.updateTopic(this.judge.record(block, Evidence.of(textLength, mentions)));
    const mentioned = nearNeeded ? plainMentions(matches, this.table) : null;
    const pageRank = this.markAll ? Number.POSITIVE_INFINITY : topicRank(this.topic);
    let dependent = false;
    for (let index = 0; index < matches.length; index++) {
      const target = matches.entry(index);
      let marked = (target >= 0 ? entryOf[target] : undefined) ?? NOT_MARKED;
      if (marked !== NOT_MARKED) {
        const needed = needs[target] ?? 0;
        if (needed > 0) dependent = true;
        if (needed > pageRank) marked = NOT_MARKED;
        else if (near[target]?.some((entry) => mentioned?.has(entry)) === false) marked = NOT_MARKED;
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
function plainMentions(matches: MatchList, table: TargetTable): Set<number> {
  const entries = new Set<number>();
  for (let index = 0; index < matches.length; index++) {
    const target = matches.entry(index);
    const entry = target >= 0 ? table.entry[target] : undefined;
    if (entry !== undefined && entry !== NOT_MARKED && table.near[target] === undefined) entries.add(entry);
  }
  return entries;
}

/**
 * The sense targets as numbers, read for every match of a page: a page of
 * tens of thousands of matches spent milliseconds comparing topic names.
 */
interface TargetTable {
  /** The entry each target marks, or NOT_MARKED. */
  readonly entry: Int32Array;
  /** The rank of the topic the page must reach for the target to be marked (0: every page). */
  readonly needs: Uint8Array;
  /** The rank of the topic the target's match says the page is about (0: nothing). */
  readonly evidence: Uint8Array;
  readonly near: readonly (readonly number[] | undefined)[];
}

function targetTable(targets: readonly SenseTarget[]): TargetTable {
  const table = {
    entry: new Int32Array(targets.length),
    needs: new Uint8Array(targets.length),
    evidence: new Uint8Array(targets.length),
    near: targets.map((target) => target.near),
  };
  targets.forEach((target, index) => {
    table.entry[index] = target.entry ?? NOT_MARKED;
    table.needs[index] = topicRank(target.needs);
    // Only a match that is marked on any page tells what the page is about.
    table.evidence[index] = target.needs === 'other' ? topicRank(target.evidence) : 0;
  });
  return table;
}
