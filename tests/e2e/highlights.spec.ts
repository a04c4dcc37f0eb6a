import { expect, test } from './fixtures';
import { highlightedTexts, highlightNames, readyMarks } from './page-contract';

test.describe('highlights on a research article', () => {
  test('registers each term as a range over exactly its text', async ({ openFixture }) => {
    const page = await openFixture('article.html');
    expect(await readyMarks(page)).toBe(1);
    expect(await highlightNames(page)).toEqual(['medterm-dotted']);
    const texts = await highlightedTexts(page);
    console.log(texts);
  });
});
