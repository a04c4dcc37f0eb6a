/**
 * What the content script marks in one block of text on a page judged to be
 * about a topic: the real glossary, the one matcher and the content script's
 * own PageSense. Needs a DOM (happy-dom) for the block and its text node.
 */
import { expect } from 'vitest';
import type { TermOccurrence } from '../../entrypoints/content/finding/find-terms';
import { PageSense } from '../../entrypoints/content/finding/page-sense';
import { loadGlossary } from '../../glossary/authoring/load';
import { TermMatcher } from '../../glossary/runtime/matcher';
import { senseTargets } from '../../glossary/runtime/senses';
import { PAGE_TOPICS, type Topic, topicRank } from '../../glossary/runtime/topic';

export const glossary = loadGlossary();
const targetForms = senseTargets(glossary.entries, glossary.topicCues);
const targets = targetForms.map(({ target }) => target);
const matcher = TermMatcher.forEntries(targetForms.map(({ forms }) => forms));
/** A cue word per topic, to make a page about it. */
const cueTargetOf = (topic: Topic) => targets.findIndex((target) => target.entry === null && target.evidence === topic);

/** The marked texts of `text` (one block) as "text=entry-id", on a page about `topic`. */
export function marks(text: string, topic: Topic): string[] {
  const sense = new PageSense({ targets, onTopicChange: () => undefined });
  const block = document.createElement('p');
  const node = document.createTextNode(text);
  block.append(node);
  const occurrence = (entry: number, start = 0, end = 0): TermOccurrence => ({
    entry,
    block,
    range: { startContainer: node, startOffset: start, endContainer: node, endOffset: end, collapsed: start === end },
  });
  for (const level of PAGE_TOPICS.filter((candidate) => topicRank(candidate) <= topicRank(topic))) {
    const cue = cueTargetOf(level);
    const evidenceBlock = document.createElement('p');
    sense.select(
      evidenceBlock,
      Array.from({ length: 5 }, () => ({ ...occurrence(cue), block: evidenceBlock })),
      60,
    );
  }
  expect(sense.pageTopic).toBe(topic);
  const found: TermOccurrence[] = [];
  matcher.scan(text, (start, end, target) => found.push(occurrence(target, start, end)));
  return sense.select(block, found, text.length).map(({ entry, range }) => {
    const id = glossary.entries[entry]?.id ?? '?';
    return `${text.slice(range.startOffset, range.endOffset)}=${id}`;
  });
}
