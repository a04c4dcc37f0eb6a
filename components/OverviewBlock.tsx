import type { ComponentChildren } from 'preact';
import type { MarkedList, MarkedParagraph, TermPlace } from './overview-model';
import { TermText } from './TermText';

export interface OverviewBlockProps {
  readonly block: MarkedParagraph | MarkedList;
  readonly openKey: string | null;
  /** The slot (paragraph or bullet) whose card is open. */
  readonly openSlot: string | null;
  readonly cardId: string;
  readonly card: ComponentChildren;
  readonly onToggle: (place: TermPlace) => void;
}

/** A paragraph or a bullet list of the overview, with the open card below the paragraph or bullet it belongs to. */
export function OverviewBlock({ block, openKey, openSlot, cardId, card, onToggle }: OverviewBlockProps) {
  const text = { openKey, cardId, onToggle };
  if (block.kind === 'paragraph') {
    return (
      <>
        <p>
          <TermText runs={block.runs} {...text} />
        </p>
        {openSlot === block.slot && card}
      </>
    );
  }
  return (
    <ul class="overview__list">
      {block.items.map((item) => (
        <li key={item.slot}>
          {item.lead && (
            <>
              <strong class="overview__lead">
                <TermText runs={item.lead} {...text} />:
              </strong>{' '}
            </>
          )}
          <TermText runs={item.body} {...text} />
          {openSlot === item.slot && card}
        </li>
      ))}
    </ul>
  );
}
