import { describe, expect, it } from 'vitest';
import { entryIdAt, glossary, glossaryTargets, isEverydayEntry } from '../../glossary/runtime/bundled';
import { senseTargets } from '../../glossary/runtime/senses';

describe('the scan data bundled beside the glossary', () => {
  it('gives the same sense targets as the glossary it was built from', () => {
    const targets = senseTargets(glossary.entries, glossary.topicCues).map(({ target }) => target);
    expect(glossaryTargets()).toEqual(targets);
  });

  it("gives each entry's id and whether it is an everyday word", () => {
    glossary.entries.forEach((entry, index) => {
      expect(entryIdAt(index)).toBe(entry.id);
      expect(isEverydayEntry(index)).toBe(entry.scope === 'everyday');
    });
    expect(glossary.entries.some((entry) => entry.scope === 'everyday')).toBe(true);
    expect(entryIdAt(glossary.entries.length)).toBeUndefined();
  });
});
