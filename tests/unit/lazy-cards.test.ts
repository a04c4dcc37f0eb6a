// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { CardUi, CardUiParts } from '../../entrypoints/content/card/card-ui';
import { offerCardUi } from '../../entrypoints/content/card/card-ui-handover';
import { LazyCards } from '../../entrypoints/content/card/lazy-cards';
import type { TermOccurrence } from '../../entrypoints/content/finding/find-terms';
import type { TermNavigator } from '../../entrypoints/content/highlights/term-navigator';

function fakeUi() {
  const opened: string[] = [];
  const ui: CardUi = {
    card: {
      isOpen: false,
      isPinned: false,
      isGivingFocusBack: false,
      contains: () => false,
      isHost: () => false,
      close: vi.fn(),
      reposition: vi.fn(),
      destroy: vi.fn(),
    },
    cards: {
      shown: null,
      openTerm: (occurrence) => opened.push(`term ${occurrence.entry}`),
      step: (direction) => opened.push(`step ${direction}`),
      explainSelection: () => opened.push('selection'),
      explainText: (text) => opened.push(`text ${text}`),
    },
  };
  return { ui, opened };
}

function occurrence(entry: number): TermOccurrence {
  // happy-dom has no StaticRange; a Range is one for what the card reads of it.
  return { range: document.createRange(), entry, block: document.body };
}

/** A load the test settles by hand; it offers `ui` as the card's script would. */
function deferredLoad(ui: CardUi) {
  const settle: ((loaded: boolean) => void)[] = [];
  const load = vi.fn(
    () =>
      new Promise<boolean>((resolve) =>
        settle.push((loaded) => {
          if (loaded) offerCardUi(() => ui);
          resolve(loaded);
        }),
      ),
  );
  const finish = async (loaded: boolean) => {
    settle.shift()?.(loaded);
    await vi.waitFor(() => expect(load.mock.results.at(-1)?.type).toBe('return'));
    await new Promise((resolve) => setTimeout(resolve));
  };
  return { load, finish };
}

const parts = { navigator: {} as TermNavigator } as CardUiParts;

describe('the lazily loaded card', () => {
  it('loads the card once, on the first request, and then runs the last request made meanwhile', async () => {
    const { ui, opened } = fakeUi();
    const { load, finish } = deferredLoad(ui);
    const cards = new LazyCards(parts, load);
    expect(cards.isOpen).toBe(false);
    expect(load).not.toHaveBeenCalled();
    cards.openTerm(occurrence(3), false);
    cards.explainText('fever');
    expect(load).toHaveBeenCalledOnce();
    await finish(true);
    expect(opened).toEqual(['text fever']);
    cards.step(1);
    expect(opened).toEqual(['text fever', 'step 1']);
    expect(load).toHaveBeenCalledOnce();
  });

  it('opens nothing when the card is closed while it loads (the pointer left the term)', async () => {
    const { ui, opened } = fakeUi();
    const { load, finish } = deferredLoad(ui);
    const cards = new LazyCards(parts, load);
    cards.openTerm(occurrence(3), false);
    cards.close();
    await finish(true);
    expect(opened).toEqual([]);
    cards.openTerm(occurrence(4), false);
    expect(opened).toEqual(['term 4']);
  });

  it('tries again on the next request when the browser refused to load it', async () => {
    const { ui, opened } = fakeUi();
    const { load, finish } = deferredLoad(ui);
    const cards = new LazyCards(parts, load);
    cards.openTerm(occurrence(3), false);
    await finish(false);
    expect(opened).toEqual([]);
    cards.openTerm(occurrence(5), false);
    expect(load).toHaveBeenCalledTimes(2);
    await finish(true);
    expect(opened).toEqual(['term 5']);
  });

  it('opens nothing once stopped, even when the load finishes later', async () => {
    const { ui, opened } = fakeUi();
    const { load, finish } = deferredLoad(ui);
    const cards = new LazyCards(parts, load);
    cards.openTerm(occurrence(3), false);
    cards.destroy();
    await finish(true);
    cards.explainText('fever');
    expect(opened).toEqual([]);
  });

  it('loads ahead when the pointer rests on a term, opening nothing until asked', async () => {
    const { ui, opened } = fakeUi();
    const { load, finish } = deferredLoad(ui);
    const cards = new LazyCards(parts, load);
    cards.prepare();
    cards.prepare();
    expect(load).toHaveBeenCalledOnce();
    await finish(true);
    expect(opened).toEqual([]);
    cards.openTerm(occurrence(7), false);
    expect(opened).toEqual(['term 7']);
  });
});
