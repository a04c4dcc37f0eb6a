import { useEffect, useRef, useState } from 'preact/hooks';
import { documentTitle } from './document-title';
import { OpenFile } from './OpenFile';
import { type OpenedPdf, openPdf, PdfLoadError } from './pdf-document';
import { bytesOf, FetchError, type PdfSource, sourceName } from './pdf-source';
import { answerPopup } from './popup-answers';
import { ReaderSession } from './reader-session';
import { type ReaderStatus, StatusNotice } from './StatusNotice';
import { Toolbar } from './Toolbar';

type ReaderAppProps = { initial: PdfSource | null };

/** The reader page: a toolbar, the pages of the open PDF, or a notice (nothing open, loading, failed, no text). */
export function ReaderApp({ initial }: ReaderAppProps) {
  const [source, setSource] = useState<PdfSource | null>(initial);
  const [status, setStatus] = useState<ReaderStatus>(initial ? { kind: 'loading' } : { kind: 'empty' });
  const [title, setTitle] = useState('MedTerm reader');
  const [page, setPage] = useState(1);
  const [pageCount, setPageCount] = useState(0);
  const [zoom, setZoom] = useState(1);
  const [session, setSession] = useState<ReaderSession | null>(null);
  const pagesRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = `${title} · MedTerm reader`;
  }, [title]);

  useEffect(() => {
    const container = pagesRef.current;
    if (!source || !container) return;
    let opened: ReaderSession | null = null;
    let stop = () => {};
    let opening: OpenedPdf | null = null;
    let cancelled = false;
    setTitle(sourceName(source));
    setStatus({ kind: 'loading' });
    void (async () => {
      try {
        opening = await openPdf(await bytesOf(source));
        const { pdf } = opening;
        if (cancelled) return;
        const pdfTitle = await documentTitle(pdf, sourceName(source));
        setTitle(pdfTitle);
        setPageCount(pdf.numPages);
        const savedFrom = source.kind === 'file' ? { title: pdfTitle } : { title: pdfTitle, url: source.url };
        opened = await ReaderSession.open(container, pdf, { onPage: setPage, onZoom: setZoom }, savedFrom);
        if (cancelled) return opened.destroy();
        setSession(opened);
        setStatus({ kind: 'open' });
        const stopAnswering = await answerPopup(opened, source.kind === 'file' ? '' : new URL(source.url).hostname);
        if (cancelled) stopAnswering();
        else stop = stopAnswering;
        if ((await opened.documentTerms()).textLength === 0) setStatus({ kind: 'no-text' });
      } catch (error) {
        if (cancelled) return;
        if (error instanceof PdfLoadError) setStatus({ kind: 'failed', reason: error.reason });
        else if (error instanceof FetchError) setStatus({ kind: 'failed', reason: 'unreachable' });
        else setStatus({ kind: 'failed', reason: 'damaged' });
      }
    })();
    return () => {
      cancelled = true;
      stop();
      opened?.destroy();
      void opening?.close();
      setSession(null);
      container.replaceChildren();
    };
  }, [source]);

  useEffect(() => {
    const onDrop = (event: DragEvent) => {
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) setSource({ kind: 'file', file });
    };
    const onDragOver = (event: DragEvent) => event.preventDefault();
    window.addEventListener('drop', onDrop);
    window.addEventListener('dragover', onDragOver);
    return () => {
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('dragover', onDragOver);
    };
  }, []);

  const openFile = (file: File) => setSource({ kind: 'file', file });
  return (
    <>
      <Toolbar
        title={title}
        original={source && source.kind !== 'file' ? source.url : null}
        page={page}
        pageCount={status.kind === 'open' || status.kind === 'no-text' ? pageCount : 0}
        zoom={zoom}
        session={session}
        onOpenFile={openFile}
      />
      <StatusNotice status={status} />
      {status.kind === 'empty' && <OpenFile onOpen={openFile} />}
      <main id="pages" ref={pagesRef} aria-label="Document" />
    </>
  );
}
