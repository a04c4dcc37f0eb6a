import type { LoadFailure } from './pdf-document';

export type ReaderStatus =
  | { readonly kind: 'empty' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'open' }
  | { readonly kind: 'no-text' }
  | { readonly kind: 'failed'; readonly reason: LoadFailure | 'unreachable' };

const FAILURES: Record<LoadFailure | 'unreachable', { title: string; text: string }> = {
  password: {
    title: 'This PDF is locked with a password',
    text: 'The reader cannot open password-protected files. Open it in your PDF viewer, or ask whoever sent it for an unlocked copy.',
  },
  damaged: {
    title: 'This PDF is damaged',
    text: 'The file is incomplete or broken, so it cannot be shown. Try downloading it again.',
  },
  'not-pdf': {
    title: 'This is not a PDF',
    text: 'The file is not a PDF document. The reader opens PDF files only.',
  },
  unreachable: {
    title: 'The PDF could not be downloaded',
    text: 'The site did not hand the file to the reader. Open the PDF in a tab and choose “Open in MedTerm reader” from the toolbar button, or save it and open it from your computer.',
  },
};

type StatusNoticeProps = { status: ReaderStatus };

/** What the reader says instead of (or above) the pages. */
export function StatusNotice({ status }: StatusNoticeProps) {
  if (status.kind === 'loading') {
    return (
      <p class="notice" role="status">
        Opening the PDF…
      </p>
    );
  }
  if (status.kind === 'no-text') {
    return (
      <section class="notice" role="status">
        <h2>No text to explain</h2>
        <p>This PDF has only pictures of its pages (a scan), no text, so there are no terms to explain.</p>
      </section>
    );
  }
  if (status.kind !== 'failed') return null;
  const { title, text } = FAILURES[status.reason];
  return (
    <section class="notice notice-error" role="alert">
      <h2>{title}</h2>
      <p>{text}</p>
    </section>
  );
}
