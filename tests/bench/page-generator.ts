/**
 * Research-article pages for the bench, built from the overview document's
 * own sentences: a header with navigation, numbered sections with headings,
 * paragraphs with italic gene symbols, links, emphasis and citation markers
 * (<sup><a>12</a></sup>), bullet lists, tables, figure captions and a
 * reference list. A "sparse" page is mostly filler prose (checked to hold no
 * glossary term) with a document sentence now and then.
 *
 * Deterministic: the same spec always gives the same page.
 */

import { documentSentences } from '../../glossary/authoring/parse-document';
import type { OverviewDocument } from '../../glossary/runtime/document-model';
import { adFrames } from './ad-frames';
import { FILLER_WORDS, SPARSE_HEADINGS } from './filler-text';

export interface PageSpec {
  /** File name stem and row label ("1mb", "sparse-1mb"). */
  readonly name: string;
  /** Characters of visible text to generate (the page's textContent, about). */
  readonly textChars: number;
  readonly density: 'dense' | 'sparse';
  /** Small ad iframes beside the article (see ad-frames.ts). */
  readonly adFrames?: number;
}

export interface GeneratedPage {
  readonly spec: PageSpec;
  readonly html: string;
  /** Characters of text the page holds (markup excluded). */
  readonly textChars: number;
}

export interface ArticleSource {
  readonly document: OverviewDocument;
  /** True when the text holds no glossary term (used to vet filler prose). */
  readonly isTermFree: (text: string) => boolean;
}

/** Gene symbols a journal sets in italics. */
const ITALIC = /\b(MYCN|ALK|GD2)\b/g;
const REFERENCE_COUNT = 60;
/** In sparse pages, one document sentence per this many filler sentences. */
const SPARSE_EVERY = 40;

/** A small seeded PRNG (mulberry32): the same seed gives the same page. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Markup plus the number of text characters it shows. */
interface Piece {
  readonly html: string;
  readonly chars: number;
}

class ArticleWriter {
  private readonly next: () => number;
  private readonly sentences: readonly string[];
  private readonly items: readonly { lead: string; body: string }[];
  private readonly headings: readonly string[];
  private readonly filler: FillerProse | null;
  private sentenceAt = 0;
  private itemAt = 0;
  private tables = 0;
  private figures = 0;

  constructor(source: ArticleSource, spec: PageSpec) {
    this.next = random(spec.textChars ^ (spec.density === 'sparse' ? 0x5eed : 0xa11));
    const { document } = source;
    this.sentences = documentSentences(document).map(({ sentence }) => sentence);
    this.items = document.sections.flatMap((section) =>
      section.blocks.flatMap((block) =>
        block.kind === 'list'
          ? block.items.map((item) => ({ lead: item.lead ?? section.heading, body: item.body }))
          : [],
      ),
    );
    this.filler = spec.density === 'sparse' ? new FillerProse(this.next, source.isTermFree) : null;
    this.headings = this.filler ? SPARSE_HEADINGS : document.sections.map((section) => section.heading);
  }

  pick<T>(list: readonly T[]): T {
    const value = list[Math.floor(this.next() * list.length)];
    if (value === undefined) throw new Error('pick() from an empty list');
    return value;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** The next sentence of running text: the document's, or filler with a rare document sentence. */
  sentence(): string {
    if (this.filler && this.sentenceAt++ % SPARSE_EVERY !== SPARSE_EVERY - 1) return this.filler.sentence();
    const sentence = this.sentences[this.sentenceAt % this.sentences.length] ?? '';
    if (!this.filler) this.sentenceAt++;
    return sentence;
  }

  heading(level: 1 | 2 | 3, number: string): Piece {
    const text = `${number} ${this.pick(this.headings)}`;
    const id = `s${number.replace(/\W+/g, '-')}`;
    return { html: `<h${level} id="${id}">${escapeHtml(text)}</h${level}>\n`, chars: text.length };
  }

  paragraph(): Piece {
    const count = 3 + Math.floor(this.next() * 4);
    const parts: string[] = [];
    let chars = 0;
    for (let index = 0; index < count; index++) {
      const sentence = this.sentence();
      chars += sentence.length + 1;
      parts.push(this.decorate(sentence));
    }
    return { html: `<p>${parts.join(' ')}</p>\n`, chars };
  }

  list(): Piece {
    const count = 3 + Math.floor(this.next() * 4);
    const rows: string[] = [];
    let chars = 0;
    for (let index = 0; index < count; index++) {
      if (this.filler) {
        const body = this.sentence();
        chars += body.length;
        rows.push(`<li>${this.decorate(body)}</li>`);
        continue;
      }
      const item = this.item();
      chars += item.lead.length + item.body.length + 2;
      rows.push(`<li><strong>${escapeHtml(item.lead)}:</strong> ${this.decorate(item.body)}</li>`);
    }
    const tag = this.chance(0.3) ? 'ol' : 'ul';
    return { html: `<${tag}>\n${rows.join('\n')}\n</${tag}>\n`, chars };
  }

  table(): Piece {
    this.tables++;
    const caption = `Table ${this.tables}. ${this.filler ? this.filler.sentence() : this.sentence()}`;
    const rows: string[] = [];
    let chars = caption.length + 'FeatureFindingRef.'.length;
    const count = 3 + Math.floor(this.next() * 3);
    for (let index = 0; index < count; index++) {
      const { lead, body } = this.filler ? { lead: this.filler.phrase(), body: this.sentence() } : this.item();
      const ref = String(1 + Math.floor(this.next() * REFERENCE_COUNT));
      chars += lead.length + body.length + ref.length;
      rows.push(
        `<tr><th scope="row">${escapeHtml(lead)}</th><td>${this.decorate(body)}</td><td><a href="#ref-${ref}">${ref}</a></td></tr>`,
      );
    }
    const html = `<table>\n<caption>${this.decorate(caption)}</caption>\n<thead><tr><th>Feature</th><th>Finding</th><th>Ref.</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n`;
    return { html, chars };
  }

  figure(): Piece {
    this.figures++;
    const caption = `Figure ${this.figures}. ${this.sentence()}`;
    return {
      html: `<figure><div class="plot" role="img" aria-label="plot"></div><figcaption>${this.decorate(caption)}</figcaption></figure>\n`,
      chars: caption.length,
    };
  }

  references(): Piece {
    const rows: string[] = [];
    let chars = 0;
    for (let index = 1; index <= REFERENCE_COUNT; index++) {
      const title = this.filler ? this.filler.sentence() : (this.sentences[index % this.sentences.length] ?? '');
      const text = `Author ${index}, Writer ${index + 1}. ${title} J Pediatr Res. ${1990 + (index % 35)};${index}:${index * 7}-${index * 7 + 9}.`;
      chars += text.length;
      rows.push(`<li id="ref-${index}">${escapeHtml(text)} <a href="#doi-${index}">doi</a></li>`);
    }
    return {
      html: `<section id="references"><h2>References</h2>\n<ol>\n${rows.join('\n')}\n</ol>\n</section>\n`,
      chars,
    };
  }

  private item(): { lead: string; body: string } {
    const item = this.items[this.itemAt++ % this.items.length];
    if (!item) throw new Error('The overview document has no bullet lists');
    return item;
  }

  /** One sentence with journal markup: italic genes, a link or emphasis now and then, citation markers. */
  private decorate(sentence: string): string {
    let html = escapeHtml(sentence).replace(ITALIC, '<i>$1</i>');
    if (this.chance(0.15)) html = this.wrapWords(html, 'a', ` href="#s${1 + Math.floor(this.next() * 9)}"`);
    else if (this.chance(0.08)) html = this.wrapWords(html, this.chance(0.5) ? 'em' : 'strong', '');
    if (this.chance(0.35)) {
      const first = 1 + Math.floor(this.next() * REFERENCE_COUNT);
      const second = this.chance(0.3) ? `,<a href="#ref-${first + 1}">${first + 1}</a>` : '';
      html += `<sup><a href="#ref-${first}">${first}</a>${second}</sup>`;
    }
    return html;
  }

  /** Wraps two neighbouring plain words of the sentence in an inline element. */
  private wrapWords(html: string, tag: string, attributes: string): string {
    const words = [...html.matchAll(/(?<![<\w/])\b[A-Za-z]{3,}\s[A-Za-z]{3,}\b(?![^<]*>)/g)];
    if (words.length === 0) return html;
    const found = this.pick(words);
    const at = found.index;
    return `${html.slice(0, at)}<${tag}${attributes}>${found[0]}</${tag}>${html.slice(at + found[0].length)}`;
  }
}

/** Neutral prose from a small vocabulary; every sentence is checked to hold no glossary term. */
class FillerProse {
  constructor(
    private readonly next: () => number,
    private readonly isTermFree: (text: string) => boolean,
  ) {}

  sentence(): string {
    for (;;) {
      const { adjective, noun, verb, preposition, opener } = FILLER_WORDS;
      const start = this.next() < 0.3 ? `${this.pick(opener)} the` : 'The';
      const sentence = `${start} ${this.pick(adjective)} ${this.pick(noun)} ${this.pick(verb)} the ${this.pick(noun)} ${this.pick(preposition)} each ${this.pick(adjective)} ${this.pick(noun)} and the ${this.pick(noun)} it ${this.pick(verb)}.`;
      if (this.isTermFree(sentence)) return sentence;
    }
  }

  phrase(): string {
    return `${this.pick(FILLER_WORDS.adjective)} ${this.pick(FILLER_WORDS.noun)}`;
  }

  private pick<T>(list: readonly T[]): T {
    const value = list[Math.floor(this.next() * list.length)];
    if (value === undefined) throw new Error('pick() from an empty list');
    return value;
  }
}

export function generatePage(spec: PageSpec, source: ArticleSource): GeneratedPage {
  const writer = new ArticleWriter(source, spec);
  const body: string[] = [];
  let chars = 0;
  const add = (piece: Piece) => {
    body.push(piece.html);
    chars += piece.chars;
  };
  const title = spec.density === 'sparse' ? 'A Framework for Regional Survey Records' : source.document.title;
  add({ html: `<h1>${escapeHtml(title)}</h1>\n`, chars: title.length });
  add({ html: '<p class="authors">A. Author, B. Writer, C. Editor</p>\n', chars: 30 });
  // A short page (the per-page fixed cost) gets no reference list.
  const references = spec.textChars >= 50_000 ? writer.references() : { html: '', chars: 0 };
  for (let section = 1; chars + references.chars < spec.textChars; section++) {
    const blocks: string[] = [];
    const heading = writer.heading(2, `${section}.`);
    blocks.push(heading.html);
    chars += heading.chars;
    const count = 4 + Math.floor(section % 5);
    for (let index = 0; index < count && chars + references.chars < spec.textChars; index++) {
      const piece =
        index === 2 && writer.chance(0.5)
          ? writer.list()
          : index === 3 && writer.chance(0.25)
            ? writer.table()
            : index === 1 && writer.chance(0.1)
              ? writer.figure()
              : index === 4 && writer.chance(0.3)
                ? writer.heading(3, `${section}.${index}`)
                : writer.paragraph();
      blocks.push(piece.html);
      chars += piece.chars;
    }
    body.push(`<section id="sec-${section}">\n${blocks.join('')}</section>\n`);
  }
  add(references);
  const ads = spec.adFrames
    ? adFrames(
        spec.adFrames,
        documentSentences(source.document).map(({ sentence }) => sentence),
      )
    : '';
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 Georgia,serif;max-width:48em;margin:0 auto;padding:0 1em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}.plot{height:120px;background:#eef}</style>
</head><body>
<header><nav><a href="#top">Journal of Pediatric Research</a> · <a href="#issues">Issues</a> · <a href="#about">About</a></nav></header>
<main><article>
${body.join('')}</article>${ads}</main>
<footer><p>© Journal of Pediatric Research. <a href="#terms">Terms</a></p></footer>
</body></html>
`;
  return { spec, html, textChars: chars };
}

/** The paragraph appended to a ready page to measure incremental work: exactly three glossary terms. */
export const APPENDED_PARAGRAPH = {
  id: 'medterm-bench-appended',
  text: 'Children with MYCN amplification often receive high-dose chemotherapy before a stem cell transplant.',
  html: 'Children with <i>MYCN</i> amplification often receive high-dose chemotherapy before a stem cell transplant.<sup><a href="#ref-3">3</a></sup>',
  terms: 3,
} as const;
