// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextBlocks } from '../../entrypoints/content/reading/text-blocks';
import { firstRegions } from '../../entrypoints/content/reading/visible-first';

const blocks = new TextBlocks();

function paragraphs(count: number): void {
  document.body.innerHTML = Array.from({ length: count }, (_, index) => `<p>Paragraph ${index}</p>`).join('');
}

describe('where a full pass starts', () => {
  afterEach(() => vi.restoreAllMocks());

  it('starts nowhere in particular on a small page, without reading where the view is', () => {
    paragraphs(40);
    const probe = vi.spyOn(document, 'elementFromPoint');
    expect(firstRegions(document, blocks)).toEqual([]);
    expect(probe).not.toHaveBeenCalled();
  });

  it('starts around the blocks in view on a long page', () => {
    paragraphs(1_000);
    const inView = document.body.children[500] ?? null;
    const probe = vi.spyOn(document, 'elementFromPoint').mockReturnValue(inView);
    const regions = firstRegions(document, blocks);
    expect(probe).toHaveBeenCalled();
    expect(regions).toContain(inView);
    // The body's children are too many to read whole: only the neighbours of the block in view.
    expect(regions.length).toBeLessThan(100);
  });
});
