/**
 * What the content script in the active tab says about its page, and the
 * "show it on the page" request. A tab whose content script cannot run
 * (browser pages, the web store) or has not loaded yet never answers. A tab
 * with the PDF reader answers for its document instead (it has no content
 * script; the reader listens to extension messages for its own tab).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type PageInfo, sendToReader, sendToTab } from '../../utils/messages';

export type PageInfoState =
  | { readonly status: 'loading' }
  /** `localFile`: the tab shows a file, which needs the browser's file-access switch. */
  | { readonly status: 'unavailable'; readonly localFile: boolean }
  | { readonly status: 'ready'; readonly tabId: number; readonly info: PageInfo };

const UNAVAILABLE: PageInfoState = { status: 'unavailable', localFile: false };

/** A content script that is busy scanning a huge page still answers well within this. */
const ANSWER_TIMEOUT_MS = 3000;
/** The reader answers once it has counted every page's terms. */
const READER_TIMEOUT_MS = 20_000;

/** After the reader turns the extension on or off, the page needs a moment to start or stop; ask again then. */
const ASK_AGAIN_AFTER_MS = [400, 1200, 3000];

/**
 * The active tab's page info. `activity` is any value that changes when the
 * settings that start or stop the content script change.
 */
export function usePageInfo(activity: string): { readonly state: PageInfoState; readonly refresh: () => void } {
  const [state, setState] = useState<PageInfoState>({ status: 'loading' });
  const [asked, setAsked] = useState(0);
  const firstActivity = useRef(activity);

  useEffect(() => {
    if (activity === firstActivity.current) return;
    firstActivity.current = activity;
    const timers = ASK_AGAIN_AFTER_MS.map((ms) => setTimeout(() => setAsked((count) => count + 1), ms));
    return () => {
      for (const timer of timers) clearTimeout(timer);
    };
  }, [activity]);

  useEffect(() => {
    let live = true;
    void askActiveTab().then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [asked]);

  const refresh = useCallback(() => setAsked((count) => count + 1), []);
  return { state, refresh };
}

async function askActiveTab(): Promise<PageInfoState> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return UNAVAILABLE;
    const unavailable = { status: 'unavailable', localFile: tab.url?.startsWith('file:') ?? false } as const;
    const fromPage = withTimeout(sendToTab(tab.id, 'page-info', null), ANSWER_TIMEOUT_MS).catch(() => undefined);
    const fromReader = withTimeout(sendToReader('reader-page-info', { tabId: tab.id }), READER_TIMEOUT_MS).catch(
      () => undefined,
    );
    const info = (await fromPage) ?? (await fromReader);
    return isPageInfo(info) ? { status: 'ready', tabId: tab.id, info } : unavailable;
  } catch {
    return UNAVAILABLE;
  }
}

/** Asks the page to scroll to the term, flash it and open its card; false when it is no longer there. */
export async function revealOnPage(tabId: number, id: string): Promise<boolean> {
  const fromPage = await withTimeout(sendToTab(tabId, 'reveal-term', { id }), ANSWER_TIMEOUT_MS).catch(() => undefined);
  if (typeof fromPage === 'boolean') return fromPage;
  // No content script answered: the tab may be a PDF reader.
  const fromReader = withTimeout(sendToReader('reader-reveal-term', { tabId, id }), READER_TIMEOUT_MS);
  return (await fromReader.catch(() => false)) === true;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('No answer from the page')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** A content script left from an older version may answer differently; only a well-formed answer counts. */
function isPageInfo(value: unknown): value is PageInfo {
  if (typeof value !== 'object' || value === null) return false;
  const { host, active, terms } = value as Record<string, unknown>;
  return typeof host === 'string' && typeof active === 'boolean' && Array.isArray(terms);
}
