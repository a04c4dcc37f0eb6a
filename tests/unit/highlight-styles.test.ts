import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHighlightNames, highlightRules, isHighlightNames } from '../../utils/highlight-styles';
import { HIGHLIGHT_STYLES } from '../../utils/settings';

/** Words that would tell a page what the family reads, or which product it uses. */
const TELLING = /medterm|glossary|cancer|neuro|blastoma|onco|health|medic|term/i;

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

function allNames(names: ReturnType<typeof createHighlightNames>): string[] {
  return [
    ...HIGHLIGHT_STYLES.map((style) => names.term[style]),
    ...HIGHLIGHT_STYLES.map((style) => names.quiet[style]),
    names.focus,
  ];
}

describe('highlight names in a shipped build', () => {
  it('are random, distinct, valid CSS identifiers that say nothing', () => {
    const first = allNames(createHighlightNames());
    const second = allNames(createHighlightNames());
    expect(new Set([...first, ...second]).size).toBe(first.length * 2);
    for (const name of first) {
      expect(name).toMatch(/^[a-z][a-z0-9]{11}$/);
      expect(name).not.toMatch(TELLING);
    }
  });

  it('are what the rules paint, one rule per name, and pass the background check', () => {
    const names = createHighlightNames();
    const rules = highlightRules(names);
    const [screen = '', print = ''] = rules.split('@media print');
    for (const name of allNames(names)) {
      expect(screen).toContain(`::highlight(${name}) {`);
      expect(print).toContain(`::highlight(${name})`);
    }
    expect(screen.match(/::highlight\(/g)).toHaveLength(allNames(names).length);
    expect(print).toContain('text-decoration: none');
    // Chromium: the root's rules reach every element by highlight inheritance.
    expect(screen.match(/:root::highlight\(/g)).toHaveLength(allNames(names).length);
    expect(isHighlightNames(names)).toBe(true);
  });
});

describe('highlight names in a test build', () => {
  it('are the contract names beginning with "medterm"', async () => {
    vi.stubEnv('MEDTERM_TEST_CONTRACT', '1');
    const { createHighlightNames: create } = await import('../../utils/highlight-styles');
    const names = create();
    expect(names.term.dotted).toBe('medterm-dotted');
    expect(names.quiet.marker).toBe('medterm-marker-quiet');
    expect(names.focus).toBe('medterm-focus');
  });
});

describe('the background check on names it puts into CSS', () => {
  const valid = createHighlightNames();
  it.each([
    { label: 'nothing', value: null },
    { label: 'a string', value: 'medterm-dotted' },
    { label: 'a name that closes the rule', value: { ...valid, focus: 'x) } body { display: none } ::highlight(y' } },
    { label: 'a missing style', value: { ...valid, term: { dotted: 'abcdefgh', solid: 'abcdefgh' } } },
    { label: 'a name starting with a digit', value: { ...valid, focus: '1abcdefgh' } },
  ])('refuses $label', ({ value }) => {
    expect(isHighlightNames(value)).toBe(false);
  });
});
