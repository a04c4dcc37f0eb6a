/**
 * Small ad iframes for the bench's "frames" page: an article with many
 * srcdoc frames beside it, as on an ad-heavy news site. Most hold a creative
 * with no text at all or only a label ("Advertisement", "Learn more"); now
 * and then a "native" ad holds a sentence with glossary terms, which must
 * still be highlighted. srcdoc frames share the page's renderer, so the
 * page's trace holds every frame's content script.
 */

const LABELS = ['Advertisement', 'Sponsored', 'Learn more ›', 'Ad · Why this ad?', 'Shop now'];
/** Every this many frames, one native ad with a sentence from the document. */
const NATIVE_EVERY = 10;
const SIZES = [
  [300, 250],
  [320, 50],
  [160, 600],
] as const;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function creative(index: number, width: number, height: number): string {
  const hue = (index * 47) % 360;
  const box = `display:block;width:${width}px;height:${height - 20}px;background:linear-gradient(135deg,hsl(${hue} 70% 60%),hsl(${hue + 40} 70% 40%))`;
  return `<a href="#ad-${index}" style="${box}" aria-label="ad"></a>`;
}

/** The srcdoc of ad frame `index`: image only, image and a label, or (every NATIVE_EVERY) a native ad. */
function adDocument(index: number, sentence: string, width: number, height: number): string {
  const style = '<style>body{margin:0;font:11px/1.3 sans-serif;color:#555;overflow:hidden}</style>';
  if (index % NATIVE_EVERY === NATIVE_EVERY - 1) {
    return `${style}<p><b>Sponsored</b> ${escapeHtml(sentence)}</p>`;
  }
  const label = index % 2 === 1 ? `<div>${LABELS[index % LABELS.length]}</div>` : '';
  return `${style}${creative(index, width, height)}${label}`;
}

/** `count` ad frames as HTML, for the page's <main>; native ads take their sentences from `sentences`. */
export function adFrames(count: number, sentences: readonly string[]): string {
  const frames: string[] = [];
  for (let index = 0; index < count; index++) {
    const [width, height] = SIZES[index % SIZES.length] ?? SIZES[0];
    const sentence = sentences[index % sentences.length] ?? '';
    const srcdoc = escapeHtml(adDocument(index, sentence, width, height));
    frames.push(`<iframe title="ad" width="${width}" height="${height}" style="border:0" srcdoc="${srcdoc}"></iframe>`);
  }
  return `<aside class="ads">\n${frames.join('\n')}\n</aside>\n`;
}
