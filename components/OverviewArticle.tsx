import { useEffect, useRef } from 'preact/hooks';
import { InlineTermCard } from './InlineTermCard';
import { OverviewBlock } from './OverviewBlock';
import type { MarkedDocument, TermPlace } from './overview-model';

/** The card open in the overview: the place it hangs from and the entry it shows (a related one after a switch). */
export interface OpenTerm {
  readonly place: TermPlace;
  readonly entryId: string;
  /** True when opened from a link rather than a click: scroll the term into view. */
  readonly reveal: boolean;
}

const KEY_TAKEAWAYS = 'key-takeaways';

export interface OverviewArticleProps {
  readonly document: MarkedDocument;
  readonly open: OpenTerm | null;
  readonly onOpenChange: (open: OpenTerm | null) => void;
  /** Shows "Read it in the full overview" on cards (the popup); the overview page leaves it out. */
  readonly onOpenOverview?: ((id: string) => void) | undefined;
  /** 1 when the overview is the page, 2 inside the popup. */
  readonly headingLevel?: 1 | 2;
  /** Prefixes ids so they stay unique on the page. */
  readonly idPrefix?: string;
}

/** The whole overview document, every glossary term in it a button that opens its card in place. */
export function OverviewArticle({
  document,
  open,
  onOpenChange,
  onOpenOverview,
  headingLevel = 1,
  idPrefix = 'overview-',
}: OverviewArticleProps) {
  const article = useRef<HTMLElement>(null);
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  const Heading = headingLevel === 1 ? 'h2' : 'h3';
  const cardId = `${idPrefix}card`;
  const openKey = open?.place.key ?? null;

  useEffect(() => {
    if (!open?.reveal) return;
    termButton(article.current, open.place.key)?.scrollIntoView({ block: 'start' });
  }, [open]);

  const toggle = (place: TermPlace) =>
    onOpenChange(openKey === place.key ? null : { place, entryId: place.entryId, reveal: false });
  const close = () => {
    if (!open) return;
    onOpenChange(null);
    termButton(article.current, open.place.key)?.focus();
  };
  const card = open && (
    <InlineTermCard
      id={cardId}
      entryId={open.entryId}
      chosenText={open.entryId === open.place.entryId ? open.place.text : undefined}
      onSelectRelated={(entryId) => onOpenChange({ ...open, entryId, reveal: false })}
      onClose={close}
      onOpenOverview={onOpenOverview}
    />
  );
  const blockProps = { openKey, openSlot: open?.place.slot ?? null, cardId, card, onToggle: toggle };

  return (
    <article class="overview" ref={article} aria-labelledby={`${idPrefix}title`}>
      <Title id={`${idPrefix}title`} class="overview__title">
        {document.title}
      </Title>
      {document.intro.map((block) => (
        <OverviewBlock key={block.slot} block={block} {...blockProps} />
      ))}
      {document.sections.map((section) => (
        <section
          key={section.id}
          id={`${idPrefix}${section.id}`}
          class={section.id === KEY_TAKEAWAYS ? 'overview__section overview__takeaways' : 'overview__section'}
          aria-labelledby={`${idPrefix}${section.id}-heading`}
        >
          <Heading id={`${idPrefix}${section.id}-heading`}>{section.heading}</Heading>
          {section.blocks.map((block) => (
            <OverviewBlock key={block.slot} block={block} {...blockProps} />
          ))}
        </section>
      ))}
    </article>
  );
}

function termButton(root: HTMLElement | null, key: string): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[data-place="${CSS.escape(key)}"]`) ?? null;
}
