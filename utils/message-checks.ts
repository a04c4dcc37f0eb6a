/**
 * Runtime checks for every message payload: the type maps in messages.ts
 * hold only at compile time, and a message is data that crossed a process
 * boundary. A payload that fails its check is dropped unanswered. Entry ids
 * must name an entry of the bundled glossary.
 */
import { entryIndexOf } from '../glossary/runtime/bundled';
import { isHighlightNames } from './highlight-styles';
import type { BackgroundMessages, ContentMessages, PageCommand, ReaderMessages } from './messages';
import { PAGE_COMMANDS } from './messages';

type Request<Map, Type extends keyof Map> = Map[Type] extends { request: infer R } ? R : never;

/** One check per message of a map, narrowing an unknown payload to its request type. */
export type MessageChecks<Map> = {
  readonly [Type in keyof Map]: (data: unknown) => data is Request<Map, Type>;
};

/** The longest text the context menu may ask to explain (a selection, not a page). */
const MAX_EXPLAIN_TEXT = 2_000;
const MAX_IDS = 1_000;

function fields(data: unknown): Record<string, unknown> | null {
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : null;
}

function isEntryId(id: unknown): id is string {
  return typeof id === 'string' && entryIndexOf(id) >= 0;
}

export const CONTENT_MESSAGE_CHECKS: MessageChecks<ContentMessages> = {
  'page-info': (data): data is null => data === null,
  'reveal-term': (data): data is { id: string } => isEntryId(fields(data)?.id),
  'run-command': (data): data is { command: PageCommand; focusedFrameOnly: boolean } => {
    const request = fields(data);
    return (
      PAGE_COMMANDS.some((command) => command === request?.command) && typeof request?.focusedFrameOnly === 'boolean'
    );
  },
  'explain-text': (data): data is { text: string } => {
    const text = fields(data)?.text;
    return typeof text === 'string' && text.length <= MAX_EXPLAIN_TEXT;
  },
};

export const BACKGROUND_MESSAGE_CHECKS: MessageChecks<BackgroundMessages> = {
  'open-overview': (data): data is { id: string | null } => {
    const request = fields(data);
    return request !== null && (request.id === null || isEntryId(request.id));
  },
  'page-terms-found': (data): data is { ids: string[] } => {
    const ids = fields(data)?.ids;
    return Array.isArray(ids) && ids.length <= MAX_IDS && ids.every(isEntryId);
  },
  'paint-highlights': (data): data is { names: BackgroundMessages['paint-highlights']['request']['names'] } =>
    isHighlightNames(fields(data)?.names),
  'load-explainer': (data): data is null => data === null,
  'load-card-ui': (data): data is null => data === null,
};

export const READER_MESSAGE_CHECKS: MessageChecks<ReaderMessages> = {
  'reader-page-info': (data): data is { tabId: number } => Number.isInteger(fields(data)?.tabId),
  'reader-reveal-term': (data): data is { tabId: number; id: string } => {
    const request = fields(data);
    return Number.isInteger(request?.tabId) && isEntryId(request?.id);
  },
};
