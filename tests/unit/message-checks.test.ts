import { describe, expect, it } from 'vitest';
import { glossary } from '../../glossary/runtime/bundled';
import { createHighlightNames } from '../../utils/highlight-styles';
import { BACKGROUND_MESSAGE_CHECKS, CONTENT_MESSAGE_CHECKS } from '../../utils/message-checks';

const someId = glossary.entries[0]?.id ?? '';

describe('content script message checks', () => {
  it('accept well-formed payloads', () => {
    expect(CONTENT_MESSAGE_CHECKS['page-info'](null)).toBe(true);
    expect(CONTENT_MESSAGE_CHECKS['reveal-term']({ id: someId })).toBe(true);
    expect(CONTENT_MESSAGE_CHECKS['run-command']({ command: 'next-term', focusedFrameOnly: true })).toBe(true);
    expect(CONTENT_MESSAGE_CHECKS['explain-text']({ text: 'MYCN' })).toBe(true);
  });

  it.each([
    { type: 'page-info', data: {} },
    { type: 'reveal-term', data: { id: 'not-an-entry' } },
    { type: 'reveal-term', data: { id: 42 } },
    { type: 'reveal-term', data: null },
    { type: 'run-command', data: { command: 'delete-everything', focusedFrameOnly: true } },
    { type: 'run-command', data: { command: 'next-term' } },
    { type: 'explain-text', data: { text: 'x'.repeat(2_001) } },
    { type: 'explain-text', data: { text: ['MYCN'] } },
  ] as const)('refuse $type with $data', ({ type, data }) => {
    expect(CONTENT_MESSAGE_CHECKS[type](data)).toBe(false);
  });
});

describe('background message checks', () => {
  it('accept well-formed payloads', () => {
    expect(BACKGROUND_MESSAGE_CHECKS['open-overview']({ id: null })).toBe(true);
    expect(BACKGROUND_MESSAGE_CHECKS['open-overview']({ id: someId })).toBe(true);
    expect(BACKGROUND_MESSAGE_CHECKS['page-terms-found']({ ids: [someId] })).toBe(true);
    expect(BACKGROUND_MESSAGE_CHECKS['paint-highlights']({ names: createHighlightNames() })).toBe(true);
  });

  it.each([
    { type: 'open-overview', data: { id: 'javascript:alert(1)' } },
    { type: 'open-overview', data: {} },
    { type: 'page-terms-found', data: { ids: [someId, 'made-up'] } },
    { type: 'page-terms-found', data: { ids: 'all' } },
    { type: 'paint-highlights', data: { names: { term: {}, quiet: {}, focus: '}' } } },
  ] as const)('refuse $type with $data', ({ type, data }) => {
    expect(BACKGROUND_MESSAGE_CHECKS[type](data)).toBe(false);
  });
});
