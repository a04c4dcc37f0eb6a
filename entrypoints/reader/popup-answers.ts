/**
 * The reader's answers to the popup, for the tab it is in: the whole
 * document's terms for "On this page" (counted from every page's text), and
 * "show it on the page" for one of them.
 */
import { browser } from 'wxt/browser';
import { entryIdAt } from '../../glossary/runtime/bundled';
import { READER_MESSAGE_CHECKS } from '../../utils/message-checks';
import { handleMessages, NOT_THIS_FRAME, type PageInfo, type ReaderMessages } from '../../utils/messages';
import type { ReaderSession } from './reader-session';

/** Starts answering; resolves with a function that stops. */
export async function answerPopup(session: ReaderSession, host: string): Promise<() => void> {
  const ownTab = (await browser.tabs.getCurrent())?.id;
  return handleMessages<ReaderMessages>(
    {
      'reader-page-info': ({ tabId }) => (tabId === ownTab ? pageInfo(session, host) : NOT_THIS_FRAME),
      'reader-reveal-term': ({ tabId, id }) => (tabId === ownTab ? session.reveal(id) : NOT_THIS_FRAME),
    },
    READER_MESSAGE_CHECKS,
  );
}

async function pageInfo(session: ReaderSession, host: string): Promise<PageInfo> {
  const { terms, topic, withholding } = await session.documentTerms();
  return {
    host,
    active: true,
    terms: terms.flatMap(({ entry, count }) => {
      const id = entryIdAt(entry);
      return id ? [{ id, count }] : [];
    }),
    topic,
    withholding,
  };
}
