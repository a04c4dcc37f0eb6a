/**
 * Typed messages between the extension's parts: one map per receiver, each
 * message with its request and response types, so no payload is `any`; each
 * payload is also checked at runtime (message-checks.ts) before its handler runs.
 */
import { type Browser, browser } from 'wxt/browser';
import type { Topic } from '../glossary/runtime/topic';
import type { HighlightNames } from './highlight-styles';
import type { MessageChecks } from './message-checks';

/** A term found on the page, for the popup's "On this page" list. */
export interface PageTerm {
  readonly id: string;
  readonly count: number;
}

/** What the popup shows about the page in the active tab. */
export interface PageInfo {
  /** The site's host name, for the "on for this site" switch. */
  readonly host: string;
  /** Whether the extension is running on this page (not paused, not off for the site). */
  readonly active: boolean;
  /** The terms highlighted on the page, in order of first appearance, with counts. */
  readonly terms: readonly PageTerm[];
  /** What the page seems to be about, judged from the words on it. */
  readonly topic: Topic;
  /** Whether words that need a topic the page lacks (everyday words, short forms) are left unmarked. */
  readonly withholding: boolean;
}

export const PAGE_COMMANDS = ['explain-selection', 'next-term', 'previous-term'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

/** Messages the content script answers (sent to a tab by the popup or background). */
export interface ContentMessages {
  'page-info': { request: null; response: PageInfo };
  /** Scrolls to the first occurrence of an entry, flashes it and opens its card; false when absent. */
  'reveal-term': { request: { readonly id: string }; response: boolean };
  /**
   * Runs a keyboard command from the manifest's `commands`; true once run. With
   * `focusedFrameOnly` (sent to every frame) only the frame that has the
   * keyboard focus runs it and answers; the others leave it (NOT_THIS_FRAME).
   */
  'run-command': { request: { readonly command: PageCommand; readonly focusedFrameOnly: boolean }; response: true };
  /** Explains text chosen from the context menu, or says it is not in the glossary. */
  'explain-text': { request: { readonly text: string }; response: null };
}

/** Messages the background answers (sent by content scripts and extension pages). */
export interface BackgroundMessages {
  /** Opens the full overview in a tab, at an entry when given. */
  'open-overview': { request: { readonly id: string | null }; response: null };
  /** The distinct entries the sending frame highlights, for the toolbar badge. */
  'page-terms-found': { request: { readonly ids: readonly string[] }; response: null };
  /** Puts the rules that paint the sender frame's highlights into it; false when the browser refuses. */
  'paint-highlights': { request: { readonly names: HighlightNames }; response: boolean };
  /** Loads the explainer into the sender's frame (below the top one), whose text could hold a term; false when refused. */
  'load-explainer': { request: null; response: boolean };
  /** Loads the card's script into the sender's frame, the first time a card opens there; false when refused. */
  'load-card-ui': { request: null; response: boolean };
}

/**
 * Messages a PDF reader tab answers (sent by the popup to every extension
 * page; only the reader in `tabId` answers, the others leave it: NOT_THIS_FRAME).
 */
export interface ReaderMessages {
  /** The whole document's terms, as the content script's 'page-info'. */
  'reader-page-info': { request: { readonly tabId: number }; response: PageInfo };
  /** Scrolls to the entry's first occurrence in the document and opens its card; false when absent. */
  'reader-reveal-term': { request: { readonly tabId: number; readonly id: string }; response: boolean };
}

export type Request<Map, Type extends keyof Map> = Map[Type] extends { request: infer R } ? R : never;
type Response<Map, Type extends keyof Map> = Map[Type] extends { response: infer R } ? R : never;

export interface Envelope<Map, Type extends keyof Map> {
  readonly medterm: Type;
  readonly data: Request<Map, Type>;
}

/** What a handler returns to leave a message sent to every frame of a tab to another frame: this one does not answer. */
export const NOT_THIS_FRAME: unique symbol = Symbol('medterm: not this frame');

/** One handler per message of a map; each gets the request and the sender, and returns the response. */
export type Handlers<Map> = {
  readonly [Type in keyof Map]: (
    data: Request<Map, Type>,
    sender: Browser.runtime.MessageSender,
  ) => Response<Map, Type> | Promise<Response<Map, Type>> | typeof NOT_THIS_FRAME;
};

export function sendToTab<Type extends keyof ContentMessages>(
  tabId: number,
  type: Type,
  data: Request<ContentMessages, Type>,
  frameId = 0,
): Promise<Response<ContentMessages, Type>> {
  const envelope: Envelope<ContentMessages, Type> = { medterm: type, data };
  return browser.tabs.sendMessage(tabId, envelope, { frameId });
}

/** Sends to every frame of a tab; the first frame to answer gives the response, undefined when none does. */
export function sendToAllFrames<Type extends keyof ContentMessages>(
  tabId: number,
  type: Type,
  data: Request<ContentMessages, Type>,
): Promise<Response<ContentMessages, Type> | undefined> {
  const envelope: Envelope<ContentMessages, Type> = { medterm: type, data };
  return browser.tabs.sendMessage(tabId, envelope);
}

export function sendToBackground<Type extends keyof BackgroundMessages>(
  type: Type,
  data: Request<BackgroundMessages, Type>,
): Promise<Response<BackgroundMessages, Type>> {
  const envelope: Envelope<BackgroundMessages, Type> = { medterm: type, data };
  return browser.runtime.sendMessage(envelope);
}

export function sendToReader<Type extends keyof ReaderMessages>(
  type: Type,
  data: Request<ReaderMessages, Type>,
): Promise<Response<ReaderMessages, Type> | undefined> {
  const envelope: Envelope<ReaderMessages, Type> = { medterm: type, data };
  return browser.runtime.sendMessage(envelope);
}

/** Answers the messages of one map whose payloads pass their checks; returns a function that stops listening. */
export function handleMessages<Map>(handlers: Handlers<Map>, checks: MessageChecks<Map>): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.medterm)) return undefined;
    const type = message.medterm as keyof Map;
    if (!checks[type](message.data)) return undefined;
    const handler = handlers[type] as (data: unknown, from: typeof sender) => unknown;
    const answer = handler(message.data, sender);
    return answer === NOT_THIS_FRAME ? undefined : Promise.resolve(answer);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

function isEnvelope(message: unknown): message is { medterm: string; data: unknown } {
  return (
    typeof message === 'object' && message !== null && typeof (message as { medterm?: unknown }).medterm === 'string'
  );
}

export function isPageCommand(command: string): command is PageCommand {
  return (PAGE_COMMANDS as readonly string[]).includes(command);
}
