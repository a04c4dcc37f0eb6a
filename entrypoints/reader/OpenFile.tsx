type OpenFileProps = { onOpen: (file: File) => void; compact?: boolean };

/** "Open a PDF from your computer": a file picker (a PDF can also be dropped anywhere on the page). */
export function OpenFile({ onOpen, compact = false }: OpenFileProps) {
  const picker = (
    <label class="open-file">
      {compact ? 'Open a PDF…' : 'Open a PDF from your computer'}
      <input
        type="file"
        accept="application/pdf,.pdf"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onOpen(file);
          event.currentTarget.value = '';
        }}
      />
    </label>
  );
  if (compact) return picker;
  return (
    <section class="start">
      <h1>MedTerm reader</h1>
      <p>Read a research paper or a hospital letter with its medical terms explained.</p>
      {picker}
      <p class="hint">or drop a PDF anywhere on this page. The file stays on your computer.</p>
    </section>
  );
}
