/**
 * Parses the overview document (plain text) into the model the popup and the
 * overview page render from: title, intro, then sections of paragraphs and
 * bullet lists. Every sentence keeps its exact wording from the document.
 *
 * The format: the first line is the title; a short line that does not end
 * like a sentence (.,:;) is a heading; "- " starts a bullet, whose lead words
 * run up to the first colon; any other line is a paragraph.
 */
import type { Block, ListItem, OverviewDocument, Paragraph } from '../runtime/document-model';
import { INTRO_SECTION_ID } from '../runtime/document-model';

export interface DocumentSentence {
  /** The section's heading, or the document's title for the intro. */
  readonly section: string;
  readonly sectionId: string;
  readonly sentence: string;
}

const HEADING_MAX_LENGTH = 80;
const BULLET = /^[-•*]\s+/;
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|approx|No|Fig)\.$/;

export function parseDocument(source: string): OverviewDocument {
  const lines = source
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const [title, ...rest] = lines;
  if (title === undefined) throw new Error('The overview document is empty');

  const intro: Paragraph[] = [];
  const sections: { id: string; heading: string; blocks: Block[] }[] = [];
  const usedIds = new Set<string>([INTRO_SECTION_ID]);
  for (const line of rest) {
    const current = sections.at(-1);
    if (BULLET.test(line)) {
      const blocks = current?.blocks;
      if (!blocks) throw new Error(`A bullet comes before any heading: "${line}"`);
      const item = parseListItem(line.replace(BULLET, ''));
      const last = blocks.at(-1);
      if (last?.kind === 'list') blocks[blocks.length - 1] = { kind: 'list', items: [...last.items, item] };
      else blocks.push({ kind: 'list', items: [item] });
    } else if (isHeading(line)) {
      sections.push({ id: uniqueSlug(line, usedIds), heading: line, blocks: [] });
    } else {
      (current ? current.blocks : intro).push({ kind: 'paragraph', text: line, sentences: splitSentences(line) });
    }
  }
  return { title, intro, sections };
}

/** Every sentence of the document's body (intro, paragraphs and bullets), in reading order. */
export function documentSentences(document: OverviewDocument): DocumentSentence[] {
  const introSentences = document.intro.flatMap((paragraph) =>
    paragraph.sentences.map((sentence) => ({ section: document.title, sectionId: INTRO_SECTION_ID, sentence })),
  );
  const sectionSentences = document.sections.flatMap((section) =>
    section.blocks
      .flatMap((block) =>
        block.kind === 'paragraph' ? block.sentences : block.items.flatMap((item) => item.sentences),
      )
      .map((sentence) => ({ section: section.heading, sectionId: section.id, sentence })),
  );
  return [...introSentences, ...sectionSentences];
}

/** Splits a paragraph into sentences, keeping each one's exact text. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;
  let start = 0;
  for (const found of text.matchAll(boundary)) {
    const end = found.index + found[0].trimEnd().length;
    const candidate = text.slice(start, end);
    if (ABBREVIATIONS.test(candidate)) continue;
    sentences.push(candidate);
    start = found.index + found[0].length;
  }
  const last = text.slice(start).trim();
  if (last.length > 0) sentences.push(last);
  return sentences;
}

function isHeading(line: string): boolean {
  return line.length <= HEADING_MAX_LENGTH && !/[.,:;]$/.test(line);
}

function parseListItem(text: string): ListItem {
  const colon = text.indexOf(':');
  const lead = colon > 0 && colon <= 60 ? text.slice(0, colon).trim() : null;
  const body = lead === null ? text : text.slice(colon + 1).trim();
  return { lead, body, text, sentences: splitSentences(text) };
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function uniqueSlug(heading: string, used: Set<string>): string {
  const base = slugify(heading) || 'section';
  let slug = base;
  for (let suffix = 2; used.has(slug); suffix++) slug = `${base}-${suffix}`;
  used.add(slug);
  return slug;
}
