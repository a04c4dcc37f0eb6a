/**
 * The names the content script registers its highlights under, and the
 * ::highlight() rules that paint them. In a test build the names are the
 * contract's ("medterm-dotted", "medterm-dotted-quiet", "medterm-focus");
 * otherwise each frame draws random names that carry no product or medical
 * word, so a page enumerating CSS.highlights learns only that some
 * highlights exist. The background injects the rules with
 * scripting.insertCSS, which no page script can read (see
 * entrypoints/background/paint-highlights.ts).
 */
import { HIGHLIGHT_STYLES, type HighlightStyle } from './settings';
import { EXPOSES_TEST_CONTRACT } from './test-contract';

export interface HighlightNames {
  /** The terms that matter, per style. */
  readonly term: Readonly<Record<HighlightStyle, string>>;
  /** Everyday words (bone, fever…) on pages about health, per style: still hoverable, drawn fainter. */
  readonly quiet: Readonly<Record<HighlightStyle, string>>;
  /** The term the keyboard moved to. */
  readonly focus: string;
}

/*
 * On web pages underlines take the text's own colour (currentColor): no fixed
 * colour keeps 3:1 against white, navy and mid-tone backgrounds alike, while
 * the page's text already contrasts with its background. The PDF reader's
 * text layer is transparent over the rendered page, so it names a colour.
 * Everyday words get a thinner line.
 */
const TERM_RULES: Readonly<Record<HighlightStyle, (line: string) => string>> = {
  dotted: (line) => `text-decoration: underline dotted ${line} 2px;`,
  solid: (line) => `text-decoration: underline solid ${line} 2px;`,
  marker: () => 'background-color: rgba(255, 209, 71, 0.45);',
};
const QUIET_RULES: Readonly<Record<HighlightStyle, (line: string) => string>> = {
  dotted: (line) => `text-decoration: underline dotted ${line} 1px;`,
  solid: (line) => `text-decoration: underline solid ${line} 1px;`,
  marker: () => 'background-color: rgba(255, 209, 71, 0.2);',
};
const FOCUS_RULE = (line: string) =>
  `background-color: rgba(47, 111, 178, 0.28); text-decoration: underline solid ${line} 3px;`;
/** Printed pages show no marks: they are a reading aid on screen, not part of the document. */
const PRINT_RULE = 'text-decoration: none; background-color: transparent;';

/** A CSS identifier that says nothing: a letter, then eleven random letters and digits. */
const NAME_PATTERN = /^[a-z][a-z0-9-]{5,40}$/;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomName(): string {
  // CSS identifiers cannot start with a digit: the first character is one of the 26 letters.
  const [first = 0, ...rest] = crypto.getRandomValues(new Uint8Array(12));
  return ALPHABET.charAt(first % 26) + rest.map((byte) => ALPHABET.charAt(byte % 36)).join('');
}

function perStyle(name: (style: HighlightStyle) => string): Record<HighlightStyle, string> {
  return { dotted: name('dotted'), solid: name('solid'), marker: name('marker') };
}

/** The contract's names ("medterm-dotted"…): test builds, and the reader, an extension page no site can see. */
export function contractHighlightNames(): HighlightNames {
  return {
    term: perStyle((style) => `medterm-${style}`),
    quiet: perStyle((style) => `medterm-${style}-quiet`),
    focus: 'medterm-focus',
  };
}

/** A web page frame's highlight names: the contract's in a test build, random otherwise. */
export function createHighlightNames(): HighlightNames {
  if (EXPOSES_TEST_CONTRACT) return contractHighlightNames();
  return { term: perStyle(randomName), quiet: perStyle(randomName), focus: randomName() };
}

/**
 * The elements the rules match. In Chromium the root's highlight styles are
 * inherited by every element, shadow trees included (highlight inheritance,
 * https://drafts.csswg.org/css-pseudo-4/#highlight-cascade), and underlines
 * still take each element's own colour; a rule matching every element gave
 * each element's computed style a copy of its own (18 MB on a 5 MB article).
 * Firefox (ESR 153) paints nothing from a rule on the root: with one, the
 * smoke test (tests/firefox/smoke.test.ts) sees no pixel change under a
 * term. There the rule stays on every element.
 */
const MATCHED = import.meta.env.FIREFOX ? '' : ':root';

/** The stylesheet that paints highlights registered under `names`, on screen only, with lines in `line`. */
export function highlightRules(names: HighlightNames, line = 'currentColor'): string {
  const all = [...HIGHLIGHT_STYLES.flatMap((style) => [names.term[style], names.quiet[style]]), names.focus];
  const rule = (name: string) => `${MATCHED}::highlight(${name})`;
  return [
    ...HIGHLIGHT_STYLES.map((style) => `${rule(names.term[style])} { ${TERM_RULES[style](line)} }`),
    ...HIGHLIGHT_STYLES.map((style) => `${rule(names.quiet[style])} { ${QUIET_RULES[style](line)} }`),
    `${rule(names.focus)} { ${FOCUS_RULE(line)} }`,
    `@media print { ${all.map(rule).join(', ')} { ${PRINT_RULE} } }`,
  ].join('\n');
}

/** Whether a message's payload is a set of names safe to put into a stylesheet. */
export function isHighlightNames(value: unknown): value is HighlightNames {
  if (typeof value !== 'object' || value === null) return false;
  const { term, quiet, focus } = value as Record<string, unknown>;
  const isName = (name: unknown) => typeof name === 'string' && NAME_PATTERN.test(name);
  const isPerStyle = (names: unknown) =>
    typeof names === 'object' &&
    names !== null &&
    HIGHLIGHT_STYLES.every((style) => isName((names as Record<string, unknown>)[style]));
  return isPerStyle(term) && isPerStyle(quiet) && isName(focus);
}
