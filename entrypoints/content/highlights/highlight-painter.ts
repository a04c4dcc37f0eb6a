/**
 * Gets the ::highlight() rules to the page. First choice: the background
 * injects them with scripting.insertCSS, a sheet that no page script can
 * list or read, and which Chromium applies inside shadow trees too. Where the
 * browser refuses that (frames it will not inject into, such as some
 * about:blank ones), the rules are adopted as a constructed sheet into the
 * document and each shadow root read: page scripts can see that sheet, but
 * its random names say nothing (see utils/highlight-styles.ts).
 */
import { type HighlightNames, highlightRules } from '../../../utils/highlight-styles';

export type InjectRules = (names: HighlightNames) => Promise<boolean>;

export class HighlightPainter {
  private adopted: CSSStyleSheet | null = null;
  private readonly roots = new Set<Document | ShadowRoot>();
  private stopped = false;

  constructor(
    private readonly names: HighlightNames,
    private readonly inject: InjectRules,
  ) {}

  /** Asks for the injected sheet, and adopts the rules where it is refused. */
  async start(doc: Document): Promise<void> {
    this.roots.add(doc);
    const injected = await this.inject(this.names).catch(() => false);
    if (injected || this.stopped) return;
    this.adopted = new CSSStyleSheet();
    this.adopted.replaceSync(highlightRules(this.names));
    for (const root of this.roots) this.adopt(root);
  }

  /** A shadow root the scanner reads: it needs the rules too when they are adopted. */
  addShadowRoot(root: ShadowRoot): void {
    this.roots.add(root);
    if (this.adopted) this.adopt(root);
  }

  stop(): void {
    this.stopped = true;
    const sheet = this.adopted;
    if (sheet)
      for (const root of this.roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    this.roots.clear();
    this.adopted = null;
  }

  private adopt(root: Document | ShadowRoot): void {
    if (this.adopted) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.adopted];
  }
}
