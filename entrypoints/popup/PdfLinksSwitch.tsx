import { canOpenPdfLinks } from '../../utils/pdf-links';
import type { Settings } from '../../utils/settings';

export interface PdfLinksSwitchProps {
  readonly on: boolean;
  readonly onChange: (change: Partial<Settings>) => void;
}

/** "Open PDFs in the MedTerm reader" (utils/pdf-links.ts), where the browser can. */
export function PdfLinksSwitch({ on, onChange }: PdfLinksSwitchProps) {
  if (!canOpenPdfLinks()) return null;
  return (
    <fieldset class="settings__group">
      <legend>PDFs</legend>
      <label class="switch">
        <input
          type="checkbox"
          checked={on}
          onChange={(event) => onChange({ openPdfLinks: event.currentTarget.checked })}
        />
        <span>Open PDFs in the MedTerm reader</span>
      </label>
      <p class="settings__hint">
        A page you open that turns out to be a PDF opens in the reader instead of the browser’s viewer, with its words
        explained.
      </p>
    </fieldset>
  );
}
