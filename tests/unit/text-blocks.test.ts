// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BlockWalk } from '../../entrypoints/content/reading/block-walk';
import { SEPARATOR, TextBlocks } from '../../entrypoints/content/reading/text-blocks';

const blocks = new TextBlocks();

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function walkTexts(root: HTMLElement): string[] {
  const walk = new BlockWalk(blocks, root, () => {});
  const texts: string[] = [];
  for (let block = walk.next(); block; block = walk.next()) {
    const { text } = blocks.read(block);
    if (text.replaceAll(SEPARATOR, '').trim()) texts.push(text.replaceAll(SEPARATOR, '|'));
  }
  return texts;
}

describe('TextBlocks', () => {
  it('joins inline elements into one run of text', () => {
    const body = page('<p><i>MYCN</i> ampli<span>fication</span> and <a href="#">anti-<b>GD2</b></a></p>');
    expect(walkTexts(body)).toEqual(['MYCN amplification and anti-GD2']);
  });

  it('separates words at line breaks, superscripts, subscripts and nested blocks', () => {
    const body = page('<li>stem<br>cell<sup>12</sup> bone<sub>2</sub><div>marrow</div> end</li>');
    expect(walkTexts(body)).toEqual(['stem|cell|12| bone|2|| end', 'marrow']);
  });

  it('skips excluded and editable subtrees', () => {
    const body = page(
      '<p>kept <code>code</code> <textarea>area</textarea></p><div contenteditable="true"><p>edit</p></div>' +
        '<div contenteditable="false">read only</div><pre>pre</pre>',
    );
    expect(walkTexts(body)).toEqual(['kept | |', 'read only']);
  });

  it('finds the block that owns a text node, or none inside excluded regions', () => {
    const body = page('<p id="p">a <em id="em">b</em></p><pre><span id="in-pre">c</span></pre>');
    const em = body.querySelector('#em');
    const inPre = body.querySelector('#in-pre');
    expect(em?.firstChild && blocks.blockOf(em.firstChild)).toBe(body.querySelector('#p'));
    expect(inPre?.firstChild && blocks.blockOf(inPre.firstChild)).toBeNull();
  });

  it('maps every text node to its offset in the block text', () => {
    const body = page('<p>one <i>two</i> three</p>');
    const paragraph = body.querySelector('p');
    if (!paragraph) throw new Error('missing paragraph');
    const { text, nodes, starts } = blocks.read(paragraph);
    expect(nodes.map((node, index) => text.slice(starts[index], (starts[index] ?? 0) + node.data.length))).toEqual([
      'one ',
      'two',
      ' three',
    ]);
  });

  it('skips editable regions only when asked to check for them', () => {
    const body = page('<p>kept</p><div contenteditable="true"><p>edited</p></div>');
    const texts = (checkEditable: boolean) => {
      const walk = new BlockWalk(
        blocks,
        body,
        () => {},
        () => {},
        checkEditable,
      );
      const found: string[] = [];
      for (let block = walk.next(); block; block = walk.next()) {
        const { text } = blocks.read(block);
        if (text.replaceAll(SEPARATOR, '').trim()) found.push(text);
      }
      return found;
    };
    expect(texts(true)).toEqual(['kept']);
    expect(texts(false)).toEqual(['kept', 'edited']);
  });

  it('visits blocks in document order and reports open shadow roots', () => {
    const body = page('<h1>title</h1><div><p>first</p><span><p>inside inline</p></span></div><p>last</p>');
    const host = body.appendChild(document.createElement('div'));
    const shadow = host.attachShadow({ mode: 'open' });
    const found: ShadowRoot[] = [];
    const walk = new BlockWalk(blocks, body, (root) => found.push(root));
    const order: string[] = [];
    for (let block = walk.next(); block; block = walk.next())
      order.push(block instanceof Element ? block.localName : '#shadow');
    expect(order).toEqual(['body', 'h1', 'div', 'p', 'p', 'p', 'div']);
    expect(found).toEqual([shadow]);
  });

  it('reports the shadow root of an inline host while reading the block around it', () => {
    const body = page('<p>before <span id="host">light</span> after</p>');
    const shadow = body.querySelector('#host')?.attachShadow({ mode: 'open' });
    const found: ShadowRoot[] = [];
    const walk = new BlockWalk(blocks, body, (root) => found.push(root));
    while (walk.next()) {
      // Walks to the end.
    }
    expect(found).toEqual([shadow]);
  });
});
