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
import { ArticleWriter, escapeHtml, type Piece } from './article-writer';

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
