/**
 * A short letter of three small pages whose terms run across the page
 * breaks: "neuro‐" ends page 1 (U+2010, the hyphen Chromium draws where it
 * breaks a word) and "blastoma" starts page 2; "high-risk" ends page 2 and
 * "neuroblastoma" starts page 3.
 */
export function pageBreakHtml(): string {
  const pages = [
    'Letter from the clinic. Scans at diagnosis showed a neuro\u2010',
    'blastoma in the left adrenal gland. The team treats children with high-risk',
    'neuroblastoma in several steps.',
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Letter across pages</title>
<style>
  @page { size: 148mm 60mm; margin: 10mm; }
  body { font: 11pt/1.4 "DejaVu Serif", serif; margin: 0; }
  p { margin: 0; }
  p + p { break-before: page; }
</style></head><body>
${pages.map((text) => `<p>${text}</p>`).join('\n')}
</body></html>`;
}
