// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { TermOccurrence } from '../../entrypoints/content/finding/find-terms';
import { PageSense } from '../../entrypoints/content/finding/page-sense';
import type { BlockOwner } from '../../entrypoints/content/reading/text-blocks';
import type { SenseTarget } from '../../glossary/runtime/senses';
import type { Topic } from '../../glossary/runtime/topic';

/** Entries 0–2, then a guarded form of entry 2, a phrase in another sense, a cancer cue word and two short forms. */
const NEUROBLASTOMA = 0;
const BONE = 1;
const CHEMOTHERAPY = 2;
const TARGETS: SenseTarget[] = [
  { entry: NEUROBLASTOMA, needs: 'other', evidence: 'neuroblastoma' },
  { entry: BONE, needs: 'health', evidence: 'other' },
  { entry: CHEMOTHERAPY, needs: 'other', evidence: 'cancer' },
  { entry: CHEMOTHERAPY, needs: 'cancer', evidence: 'other' },
  { entry: null, needs: 'other', evidence: 'other' },
  { entry: null, needs: 'other', evidence: 'cancer' },
  { entry: NEUROBLASTOMA, needs: 'cancer', evidence: 'other', near: [CHEMOTHERAPY] },
  { entry: CHEMOTHERAPY, needs: 'cancer', evidence: 'other', near: [NEUROBLASTOMA] },
];
const GUARDED_CHEMO = 3;
const OTHER_SENSE = 4;
const CANCER_CUE = 5;
const SHORT_FORM_NEAR_CHEMO = 6;
const SHORT_FORM_NEAR_NEUROBLASTOMA = 7;

function block(): BlockOwner {
  const paragraph = document.createElement('p');
  document.body.append(paragraph);
  return paragraph;
}

function matches(owner: BlockOwner, targets: number[]): TermOccurrence[] {
  const text = document.createTextNode('x');
  const range = { startContainer: text, startOffset: 0, endContainer: text, endOffset: 1, collapsed: false };
  return targets.map((entry) => ({ entry, block: owner, nodes: [text], range }));
}

function sense() {
  const changes: { topic: Topic; blocks: BlockOwner[] }[] = [];
  const pageSense = new PageSense({
    targets: TARGETS,
    onTopicChange: (topic, blocks) => changes.push({ topic, blocks }),
  });
  const entries = (owner: BlockOwner, targets: number[], length = 600) =>
    pageSense.select(owner, matches(owner, targets), length).map(({ entry }) => entry);
  return { pageSense, changes, entries };
}

describe('PageSense', () => {
  it('marks specific and general entries on any page, and never phrases in another sense or cue words', () => {
    const { entries, pageSense } = sense();
    expect(entries(block(), [NEUROBLASTOMA, OTHER_SENSE, CANCER_CUE, CHEMOTHERAPY], 60_000)).toEqual([
      NEUROBLASTOMA,
      CHEMOTHERAPY,
    ]);
    expect(pageSense.pageTopic).toBe('other');
  });

  it('holds everyday words back until the page is about health, then reads their blocks again', () => {
    const { entries, pageSense, changes } = sense();
    const early = block();
    expect(entries(early, [BONE])).toEqual([]);
    expect(pageSense.withholding).toBe(true);
    entries(block(), [CHEMOTHERAPY, CANCER_CUE, CHEMOTHERAPY]);
    expect(pageSense.pageTopic).toBe('cancer');
    expect(changes).toEqual([{ topic: 'cancer', blocks: [early] }]);
    expect(entries(early, [BONE])).toEqual([BONE]);
  });

  it('marks a guarded form as its entry only on pages about its topic', () => {
    const { entries } = sense();
    const owner = block();
    expect(entries(owner, [GUARDED_CHEMO])).toEqual([]);
    entries(block(), [CANCER_CUE, CANCER_CUE, CANCER_CUE]);
    expect(entries(owner, [GUARDED_CHEMO])).toEqual([CHEMOTHERAPY]);
  });

  it('does not count guarded forms as evidence, so they cannot raise the topic that lets them show', () => {
    const { entries, pageSense } = sense();
    entries(block(), [GUARDED_CHEMO, GUARDED_CHEMO, GUARDED_CHEMO, GUARDED_CHEMO]);
    expect(pageSense.pageTopic).toBe('other');
  });

  it('needs enough mentions per thousand words: a few in a long page are not enough', () => {
    const { entries, pageSense } = sense();
    entries(block(), [CANCER_CUE, CANCER_CUE, CANCER_CUE], 60_000);
    expect(pageSense.pageTopic).toBe('other');
    entries(block(), [CANCER_CUE, CANCER_CUE, CANCER_CUE, CANCER_CUE, CANCER_CUE], 0);
    expect(pageSense.pageTopic).toBe('other');
    entries(
      block(),
      Array.from({ length: 12 }, () => CANCER_CUE),
      0,
    );
    expect(pageSense.pageTopic).toBe('cancer');
  });

  it('lowers the topic when a block read again has lost its evidence, and withholds again', () => {
    const { entries, pageSense, changes } = sense();
    const everyday = block();
    const evidence = block();
    entries(everyday, [BONE]);
    entries(evidence, [NEUROBLASTOMA, NEUROBLASTOMA, NEUROBLASTOMA]);
    expect(pageSense.pageTopic).toBe('neuroblastoma');
    expect(entries(evidence, [])).toEqual([]);
    expect(pageSense.pageTopic).toBe('other');
    expect(changes.at(-1)).toEqual({ topic: 'other', blocks: [everyday] });
    expect(entries(everyday, [BONE])).toEqual([]);
  });

  it('marks every word when the reader asks for it on this site, and reads the held-back blocks again', () => {
    const { entries, pageSense, changes } = sense();
    const owner = block();
    expect(entries(owner, [BONE, GUARDED_CHEMO])).toEqual([]);
    pageSense.setMarkAll(true);
    expect(changes).toEqual([{ topic: 'other', blocks: [owner] }]);
    expect(entries(owner, [BONE, GUARDED_CHEMO])).toEqual([BONE, CHEMOTHERAPY]);
    expect(pageSense.withholding).toBe(false);
  });

  it('marks a short form only on a cancer page and only in a block that mentions its neighbour', () => {
    const { entries } = sense();
    entries(block(), [CANCER_CUE, CANCER_CUE, CANCER_CUE]);
    expect(entries(block(), [SHORT_FORM_NEAR_CHEMO])).toEqual([]);
    expect(entries(block(), [SHORT_FORM_NEAR_CHEMO, GUARDED_CHEMO])).toEqual([NEUROBLASTOMA, CHEMOTHERAPY]);
  });

  it('does not let two short forms vouch for each other, nor a short form for itself', () => {
    const { entries } = sense();
    entries(block(), [CANCER_CUE, CANCER_CUE, CANCER_CUE]);
    expect(entries(block(), [SHORT_FORM_NEAR_CHEMO, SHORT_FORM_NEAR_NEUROBLASTOMA])).toEqual([]);
    expect(entries(block(), [SHORT_FORM_NEAR_NEUROBLASTOMA, SHORT_FORM_NEAR_NEUROBLASTOMA])).toEqual([]);
    expect(entries(block(), [SHORT_FORM_NEAR_NEUROBLASTOMA, NEUROBLASTOMA])).toEqual([CHEMOTHERAPY, NEUROBLASTOMA]);
  });

  it('forgets the topic on reset', () => {
    const { entries, pageSense } = sense();
    entries(block(), [NEUROBLASTOMA, NEUROBLASTOMA]);
    expect(pageSense.pageTopic).toBe('neuroblastoma');
    pageSense.reset();
    expect(pageSense.pageTopic).toBe('other');
  });
});
