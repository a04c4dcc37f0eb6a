/**
 * Where the reader's PDF comes from, and its bytes: a web address
 * (reader.html?file=…, fetched by the reader itself, without cookies), a tab
 * that shows a PDF (reader.html?tab=…: fetched inside that tab, so the
 * site's login applies; the popup, context menu or command grants activeTab
 * for it), a page the auto-open setting sent here (reader.html?link=…,
 * fetched by the reader with the site's cookies, as the tab would have
 * fetched it), or a file from this computer.
 */
import { browser } from 'wxt/browser';
import { LINK_QUERY } from '../../utils/reader-address';
import { readPdfInTab } from './read-in-tab';

export type PdfSource =
  | { readonly kind: 'url'; readonly url: string }
  /** A page the tab was opening when the auto-open rule sent it here: fetched as the tab would have, with its cookies. */
  | { readonly kind: 'link'; readonly url: string }
  | { readonly kind: 'tab'; readonly tabId: number; readonly url: string }
  | { readonly kind: 'file'; readonly file: File };

export class FetchError extends Error {}

/** The source named in the reader's address, if any. */
export function sourceFromAddress(search: string): PdfSource | null {
  if (search.startsWith(LINK_QUERY)) {
    const url = search.slice(LINK_QUERY.length);
    return /^https?:/i.test(url) ? { kind: 'link', url } : null;
  }
  const query = new URLSearchParams(search);
  const url = query.get('file');
  if (!url || !/^https?:/i.test(url)) return null;
  const tab = Number(query.get('tab'));
  return Number.isInteger(tab) && query.has('tab') ? { kind: 'tab', tabId: tab, url } : { kind: 'url', url };
}

/** A name for the tab before the document's own title is known. */
export function sourceName(source: PdfSource): string {
  if (source.kind === 'file') return source.file.name;
  const path = new URL(source.url).pathname;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || source.url;
}

export async function bytesOf(source: PdfSource): Promise<Uint8Array> {
  if (source.kind === 'file') return new Uint8Array(await source.file.arrayBuffer());
  if (source.kind === 'tab') return fromTab(source.tabId);
  let response: Response;
  try {
    const credentials = source.kind === 'link' ? 'include' : 'omit';
    response = await fetch(source.url, { credentials, redirect: 'follow' });
  } catch {
    throw new FetchError('unreachable');
  }
  if (!response.ok) throw new FetchError(String(response.status));
  return new Uint8Array(await response.arrayBuffer());
}

async function fromTab(tabId: number): Promise<Uint8Array> {
  let encoded: unknown;
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: readPdfInTab });
    encoded = result?.result;
  } catch {
    throw new FetchError('tab');
  }
  if (typeof encoded !== 'string') throw new FetchError('tab');
  const binary = atob(encoded);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
