import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openFromMenu, openTabInReader } from '../../entrypoints/background/reader-menu';
import { isPdfAddress, readerAddress } from '../../utils/reader-address';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('isPdfAddress', () => {
  it.each(['https://example.org/papers/nb.pdf', 'http://portal.example/letter.PDF?session=1#page=2'])(
    'takes %s for a PDF',
    (url) => {
      expect(isPdfAddress(url)).toBe(true);
    },
  );

  it.each(['https://example.org/nb.pdf.html', 'file:///home/me/nb.pdf', 'chrome://settings', 'not a url', undefined])(
    'takes %s for no PDF',
    (url) => {
      expect(isPdfAddress(url)).toBe(false);
    },
  );
});

describe('readerAddress', () => {
  it('names the PDF, and the tab to read it in when given', () => {
    const address = new URL(readerAddress('https://example.org/a b.pdf?x=1&y=2', 12));
    expect(address.pathname).toBe('/reader.html');
    expect(address.searchParams.get('file')).toBe('https://example.org/a b.pdf?x=1&y=2');
    expect(address.searchParams.get('tab')).toBe('12');
  });
});

describe('the reader menu', () => {
  const tab = { id: 5, index: 2 } as Browser.tabs.Tab;

  async function click(info: Partial<Browser.contextMenus.OnClickData>) {
    const create = vi.spyOn(browser.tabs, 'create').mockImplementation(async () => ({}) as Browser.tabs.Tab);
    await openFromMenu({ editable: false, menuItemId: '', ...info }, tab);
    return create;
  }

  it('opens a PDF tab in the reader, read inside that tab', async () => {
    const create = await click({ menuItemId: 'medterm-open-pdf-in-reader', pageUrl: 'https://x.org/a.pdf' });
    expect(create).toHaveBeenCalledWith({ url: readerAddress('https://x.org/a.pdf', 5), index: 3 });
  });

  it('opens a link to a PDF in the reader, which fetches it', async () => {
    const create = await click({ menuItemId: 'medterm-open-pdf-link-in-reader', linkUrl: 'https://x.org/b.pdf' });
    expect(create).toHaveBeenCalledWith({ url: readerAddress('https://x.org/b.pdf'), index: 3 });
  });

  it('ignores the other menu items', async () => {
    const create = await click({ menuItemId: 'medterm-explain-selection', selectionText: 'MYCN' });
    expect(create).not.toHaveBeenCalled();
  });
});

describe('the reader command', () => {
  /** What the tab says it shows, as scripting.executeScript answers (or its refusal). */
  function tabShows(...answers: ({ url: string; type: string } | Error)[]) {
    const answered = answers.map((answer) =>
      answer instanceof Error
        ? Promise.reject(answer)
        : Promise.resolve([{ frameId: 0, documentId: '', result: answer }]),
    );
    const executeScript: typeof browser.scripting.executeScript = () => answered.shift() ?? Promise.resolve([]);
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation(executeScript);
    return vi.spyOn(browser.tabs, 'create').mockImplementation(async () => ({}) as Browser.tabs.Tab);
  }

  it('opens a tab that shows a PDF by its type in the reader, read inside that tab', async () => {
    const create = tabShows({ url: 'https://portal.example/letter?id=3', type: 'application/pdf' });
    await openTabInReader({ id: 5, index: 2, url: 'https://portal.example/letter?id=3' } as Browser.tabs.Tab);
    expect(create).toHaveBeenCalledWith({ url: readerAddress('https://portal.example/letter?id=3', 5), index: 3 });
  });

  it('leaves a web page and a tab it may not read alone', async () => {
    const create = tabShows(
      { url: 'https://x.org/', type: 'text/html' },
      new Error('Cannot access contents of the page'),
    );
    await openTabInReader({ id: 5, index: 2, url: 'https://x.org/' } as Browser.tabs.Tab);
    await openTabInReader({ id: 6, index: 0, url: 'chrome://settings/' } as Browser.tabs.Tab);
    expect(create).not.toHaveBeenCalled();
  });
});
