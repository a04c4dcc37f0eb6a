import { CloseIcon } from './icons';

export interface CloseButtonProps {
  readonly onClose: () => void;
}

/** The card's close button (Esc does the same). */
export function CloseButton({ onClose }: CloseButtonProps) {
  return (
    <button type="button" class="term-card__icon-button" aria-label="Close" title="Close (Esc)" onClick={onClose}>
      <CloseIcon />
    </button>
  );
}
