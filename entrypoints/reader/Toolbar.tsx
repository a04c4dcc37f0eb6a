import { OpenFile } from './OpenFile';
import type { ReaderSession } from './reader-session';

type ToolbarProps = {
  title: string;
  /** The address the PDF came from, linked so the reader can go back to it. */
  original: string | null;
  page: number;
  pageCount: number;
  zoom: number;
  session: ReaderSession | null;
  onOpenFile: (file: File) => void;
};

/** The reader's bar: the title, page number and count, zoom, fit to width, the original, another file. */
export function Toolbar({ title, original, page, pageCount, zoom, session, onOpenFile }: ToolbarProps) {
  return (
    <header class="toolbar">
      <h1 class="title" title={title}>
        {title}
      </h1>
      {pageCount > 0 && (
        <form
          class="page-number"
          onSubmit={(event) => {
            event.preventDefault();
            const input = event.currentTarget.elements.namedItem('page');
            if (input instanceof HTMLInputElement) session?.stack.scrollTo(Number(input.value));
          }}
        >
          <label>
            Page <input name="page" type="number" min={1} max={pageCount} value={page} key={page} inputMode="numeric" />
          </label>{' '}
          <span>of {pageCount}</span>
        </form>
      )}
      {session && (
        <fieldset class="zoom" aria-label="Zoom">
          <button type="button" onClick={() => session.zoomBy(-1)} aria-label="Zoom out">
            −
          </button>
          <output aria-label="Zoom level">{Math.round(zoom * 100)}%</output>
          <button type="button" onClick={() => session.zoomBy(1)} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => session.fitToWidth()}>
            Fit width
          </button>
        </fieldset>
      )}
      {original && (
        <a class="original" href={original} target="_blank" rel="noopener noreferrer">
          Original
        </a>
      )}
      <OpenFile onOpen={onOpenFile} compact />
    </header>
  );
}
