import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showOverview } from '../../entrypoints/background/overview-tab';
import { runPageCommand } from '../../entrypoints/background/page-commands';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('runPageCommand', () => {
  const toFocused = { medterm: 'run-command', data: { command: 'next-term', focusedFrameOnly: true } };
  const toTop = { medterm: 'run-command', data: { command: 'next-term', focusedFrameOnly: false } };

  it('sends the command to every frame, where the focused frame runs it', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async () => true);
    await runPageCommand(7, 'next-term');
    expect(send.mock.calls).toEqual([[7, toFocused]]);
  });

  it.each([
    { case: 'no frame answers', answer: () => Promise.resolve(undefined) },
    { case: 'the tab has no listener', answer: () => Promise.reject(new Error('Receiving end does not exist')) },
  ])('falls back to the top frame when $case', async ({ answer }) => {
    const send = vi
      .spyOn(browser.tabs, 'sendMessage')
      .mockImplementationOnce(answer)
      .mockImplementation(async () => true);
    await runPageCommand(7, 'next-term');
    expect(send.mock.calls).toEqual([
      [7, toFocused],
      [7, toTop, { frameId: 0 }],
    ]);
  });
});

describe('showOverview', () => {
  const page = () => browser.runtime.getURL('/overview.html');

  function tabContext(documentUrl: string, tabId: number): Browser.runtime.ExtensionContext {
    return {
      contextId: `context-${tabId}`,
      contextType: 'TAB' as Browser.runtime.ExtensionContext['contextType'],
      documentId: `document-${tabId}`,
      documentOrigin: new URL(documentUrl).origin,
      documentUrl,
      frameId: 0,
      incognito: false,
      tabId,
      windowId: 3,
    };
  }

  function spies(contexts: Browser.runtime.ExtensionContext[]) {
    vi.spyOn(browser.runtime, 'getContexts').mockImplementation(async () => contexts);
    return {
      create: vi.spyOn(browser.tabs, 'create').mockImplementation(async () => undefined),
      update: vi.spyOn(browser.tabs, 'update').mockImplementation(async () => undefined),
      focus: vi.spyOn(browser.windows, 'update').mockImplementation(async () => undefined),
    };
  }

  it('opens a tab at the entry when no overview is open', async () => {
    const { create, update } = spies([tabContext(browser.runtime.getURL('/popup.html'), 4)]);
    await showOverview('isotretinoin');
    expect(create).toHaveBeenCalledWith({ url: `${page()}#isotretinoin` });
    expect(update).not.toHaveBeenCalled();
  });

  it('moves the open overview tab to the entry and focuses its window', async () => {
    const { create, update, focus } = spies([tabContext(`${page()}#surgery`, 9)]);
    await showOverview('isotretinoin');
    expect(create).not.toHaveBeenCalled();
    expect(update).toHaveBeenCalledWith(9, { active: true, url: `${page()}#isotretinoin` });
    expect(focus).toHaveBeenCalledWith(3, { focused: true });
  });

  it.each([
    { case: 'already at the entry', url: '#surgery', id: 'surgery' },
    { case: 'asked for no entry', url: '#surgery', id: null },
  ])('only focuses the open overview tab when $case', async ({ url, id }) => {
    const { update } = spies([tabContext(`${page()}${url}`, 9)]);
    await showOverview(id);
    expect(update).toHaveBeenCalledWith(9, { active: true });
  });
});
