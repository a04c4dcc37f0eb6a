// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mayHoldTerm, textAppears } from '../../entrypoints/frame-look.content/first-look';

/** Lets the MutationObserver deliver what it saw (a negative result needs a moment to be one). */
function observersDelivered(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

function page(html: string): Document {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  return document;
}

describe('mayHoldTerm', () => {
  it('finds nothing in blank space, scripts, styles and templates', () => {
    const doc = page(
      '  <div>\n </div><script>var ad = "neuroblastoma";</script><style>p{}</style><template>fever</template><a href="#"></a>',
    );
    expect(mayHoldTerm(doc)).toBe(false);
  });

  it('finds no term in an ad label', () => {
    expect(mayHoldTerm(page('<div><a href="#"><span>Advertisement</span></a> <a>Learn more ›</a></div>'))).toBe(false);
  });

  it('finds a term anywhere in the frame, also split across inline elements', () => {
    expect(mayHoldTerm(page('<div><a href="#"><span>Ask about bone marrow</span></a></div>'))).toBe(true);
    expect(mayHoldTerm(page('<p>Sponsored</p><p>neuro<b>blastoma</b> care</p>'))).toBe(true);
  });

  it('reads a frame with more text than a label without looking for words', () => {
    expect(mayHoldTerm(page(`<p>${'Shop the sale today. '.repeat(120)}</p>`))).toBe(true);
  });

  it('counts an open shadow root as text, since the scanner reads inside it', () => {
    const doc = page('<div id="host"></div>');
    doc.querySelector('#host')?.attachShadow({ mode: 'open' });
    expect(mayHoldTerm(doc)).toBe(true);
  });
});

describe('textAppears', () => {
  it('resolves once text that could hold a term is added', async () => {
    const doc = page('<div id="slot"><span>Advertisement</span></div>');
    const { appeared } = textAppears(doc, new AbortController().signal);
    let resolved = false;
    void appeared.then(() => {
      resolved = true;
    });
    doc.querySelector('#slot')?.append(doc.createElement('img'), doc.createElement('script'), 'Learn more');
    await observersDelivered();
    expect(resolved).toBe(false);
    const ad = doc.createElement('p');
    ad.textContent = 'Sponsored: bone marrow';
    doc.querySelector('#slot')?.append(ad);
    await appeared;
  });

  it('resolves when woken, and stops watching when the signal aborts', async () => {
    const doc = page('');
    const { appeared, wake } = textAppears(doc, new AbortController().signal);
    wake();
    await appeared;
    const controller = new AbortController();
    const watched = textAppears(doc, controller.signal);
    controller.abort();
    let resolved = false;
    void watched.appeared.then(() => {
      resolved = true;
    });
    doc.body.append('fever');
    await observersDelivered();
    expect(resolved).toBe(false);
  });
});
