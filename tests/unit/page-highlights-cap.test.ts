// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_HIGHLIGHTS } from '../../entrypoints/content/highlights/page-highlights';
import { block, FakeHighlight, FakeRegistry, showHighlights, shownIn, terms } from './fake-highlights';

let registry: FakeRegistry;
const highlights = () => showHighlights(registry);
const shown = () => shownIn(registry);

beforeEach(() => {
  document.body.innerHTML = '';
  registry = new FakeRegistry();
  vi.stubGlobal('Highlight', FakeHighlight);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('PageHighlights at its cap', () => {
  it('stops at MAX_HIGHLIGHTS ranges', () => {
    const page = highlights();
    const first = block('a');
    const second = block('b');
    page.setBlock(first, terms(first, MAX_HIGHLIGHTS - 2));
    expect(page.capped).toBe(false);
    page.setBlock(second, terms(second, 5));
    expect(page.size).toBe(MAX_HIGHLIGHTS);
    expect(page.capped).toBe(true);
    expect(shown().filter((text) => text === 'b')).toHaveLength(2);

    const third = block('c');
    page.setBlock(third, terms(third, 1));
    expect(page.has(third)).toBe(false);
    expect(page.size).toBe(MAX_HIGHLIGHTS);
  });

  it('makes room at the cap from the blocks read longest ago that may give way', () => {
    const page = highlights();
    const [oldest, older, kept] = [block('a'), block('b'), block('c')];
    page.setBlock(oldest, terms(oldest, 10));
    page.setBlock(older, terms(older, 10));
    page.setBlock(kept, terms(kept, MAX_HIGHLIGHTS - 20));

    const near = block('n');
    page.setBlock(near, terms(near, 5), (other) => other !== kept);
    expect([oldest, older, kept, near].map((owner) => page.has(owner))).toEqual([false, true, true, true]);
    expect(page.size).toBe(MAX_HIGHLIGHTS - 5);
  });

  it('makes no room at the cap from blocks that may not give way', () => {
    const page = highlights();
    const full = block('a');
    page.setBlock(full, terms(full, MAX_HIGHLIGHTS));
    const near = block('n');
    page.setBlock(near, terms(near, 1), () => false);
    expect(page.has(full)).toBe(true);
    expect(page.has(near)).toBe(false);
  });
});
