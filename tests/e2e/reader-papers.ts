/**
 * PDFs for the reader's tests, printed by Chromium from real text: the
 * neuroblastoma pages of the sense corpus (tests/fixtures/sense/neuroblastoma)
 * set as a two-column paper, justified, with soft hyphens in long words so
 * terms break across lines as in a typeset paper ("neuro-" + "blastoma").
 * The same HTML is what the content script reads for the expected terms.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURES_DIR } from '../fixture-server';

const SOURCES = join(FIXTURES_DIR, 'sense/neuroblastoma');
const SOFT_HYPHEN = '\u00ad';

/** One heading or paragraph of the corpus. */
interface Passage {
  readonly heading: boolean;
  readonly text: string;
}

/** The headings, paragraphs and list items of every neuroblastoma page of the corpus, in order. */
export async function corpusPassages(page: Page): Promise<Passage[]> {
  const names = (await readdir(SOURCES)).filter((name) => name.endsWith('.html')).sort();
  const html = await Promise.all(names.map((name) => readFile(join(SOURCES, name), 'utf8')));
  return page.evaluate((pages) => {
    const passages: { heading: boolean; text: string }[] = [];
    for (const source of pages) {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      for (const element of doc.querySelectorAll('main h1, main h2, main h3, main p, main li, main td')) {
        const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text.length > 0) passages.push({ heading: /^H\d$/.test(element.tagName), text });
      }
    }
    return passages;
  }, html);
}

/** Soft hyphens inside long words, every few letters, so justified narrow columns break them. */
export function hyphenate(text: string): string {
  return text.replace(/\p{L}{9,}/gu, (word) => {
    let out = '';
    for (let at = 0; at < word.length; at++) {
      if (at >= 4 && at <= word.length - 4 && at % 4 === 0) out += SOFT_HYPHEN;
      out += word[at];
    }
    return out;
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** About this many characters of the corpus fill an A4 page in two 9.5 pt columns (its short lines and headings leave room). */
const CHARS_PER_PAGE = 2_850;

/** A two-column paper of about `pages` A4 pages: a title and abstract across the page, the body in columns. */
export function paperHtml(passages: readonly Passage[], pages: number): string {
  let count = 0;
  for (let length = 0; length < pages * CHARS_PER_PAGE && passages.length > 0; count++) {
    length += passages[count % passages.length]?.text.length ?? 0;
  }
  return paperOf(passages, count);
}

/** The paper of the corpus's first `count` passages, taken from its start again once it is used up. */
function paperOf(passages: readonly Passage[], count: number): string {
  const body: string[] = [];
  for (let index = 0; index < count && passages.length > 0; index++) {
    const passage = passages[index % passages.length];
    if (!passage) break;
    const text = escapeHtml(hyphenate(passage.text));
    body.push(passage.heading ? `<h2>${text}</h2>` : `<p>${text}</p>`);
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Neuroblastoma in children: a review</title>
<style>
  @page { size: A4; margin: 16mm 15mm; }
  body { font: 9.5pt/1.3 "DejaVu Serif", "Liberation Serif", serif; margin: 0; }
  header { margin-bottom: 10pt; }
  h1 { font-size: 16pt; margin: 0 0 6pt; }
  .abstract { font-style: italic; }
  main { columns: 2; column-gap: 7mm; text-align: justify; hyphens: manual; }
  h2 { font-size: 10.5pt; margin: 8pt 0 3pt; break-after: avoid; }
  p { margin: 0 0 5pt; }
</style></head><body>
<header><h1>Neuroblastoma in children: a review</h1>
<p class="abstract">Neuroblastoma is a cancer of immature nerve cells. This review gathers what parents read about high-risk neuroblastoma, MYCN amplification and treatment.</p></header>
<main>${body.join('\n')}</main>
</body></html>`;
}

/**
 * A paper of exactly `pages` pages, printed: the fewest passages that fill
 * them, found by printing (a page holds more or less of the corpus as its
 * paragraphs and headings fall).
 */
export async function printPaper(page: Page, passages: readonly Passage[], pages: number) {
  const print = async (count: number) => {
    const html = paperOf(passages, count);
    const pdf = await printPdf(page, html);
    return { html, pdf, pages: pageCount(pdf) };
  };
  let high = Math.max(1, Math.round((pages * CHARS_PER_PAGE * passages.length) / corpusLength(passages)));
  let best = await print(high);
  while (best.pages < pages) {
    high *= 2;
    best = await print(high);
  }
  let low = 0;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    const tried = await print(middle);
    if (tried.pages >= pages) [high, best] = [middle, tried];
    else low = middle;
  }
  return best;
}

function corpusLength(passages: readonly Passage[]): number {
  return passages.reduce((sum, { text }) => sum + text.length, 0) || 1;
}

/** How many pages a PDF printed by Chromium has (its page objects are written out uncompressed). */
export function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
}

/** Prints HTML to PDF bytes with the page's Chromium (headless only). */
export async function printPdf(page: Page, html: string): Promise<Buffer> {
  await page.setContent(html);
  return page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
}

/** A scanned page: a picture of text and no text at all. */
export async function imageOnlyPdf(page: Page): Promise<Buffer> {
  await page.setContent('<canvas width="800" height="300"></canvas>');
  const picture = await page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return '';
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.fillStyle = '#000';
    context.font = '32px serif';
    context.fillText('Neuroblastoma: a scanned letter', 40, 120);
    return canvas.toDataURL('image/png');
  });
  return printPdf(page, `<img src="${picture}" alt="" style="width: 100%">`);
}

/**
 * A small PDF protected by a user password (the standard security handler,
 * revision 2): pdf.js asks for the password, which the reader does not know.
 * The /O and /U entries are arbitrary, so no empty password opens it.
 */
export function encryptedPdf(): Buffer {
  const hex = (byte: number) => byte.toString(16).padStart(2, '0');
  const key = Array.from({ length: 32 }, (_, index) => hex((index * 37 + 11) % 256)).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${key}> /U <${key.split('').reverse().join('')}> /P -4 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${key}> <${key}>] >>\n`;
  body += `startxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
