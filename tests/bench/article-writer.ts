/**
 * Writes the pieces of a bench article (headings, paragraphs, lists, tables,
 * figures, references) from the overview document's sentences, or mostly
 * filler prose for a sparse page, with journal markup. Seeded: the same spec
 * always writes the same pieces.
 */
import { documentSentences } from '../../glossary/authoring/parse-document';
import { FillerProse } from './filler-prose';
import { SPARSE_HEADINGS } from './filler-text';
import type { ArticleSource, PageSpec } from './page-generator';

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

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Markup plus the number of text characters it shows. */
export interface Piece {
  readonly html: string;
  readonly chars: number;
}

export class ArticleWriter {
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
