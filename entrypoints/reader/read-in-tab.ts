/**
 * Runs inside the tab that shows a PDF (scripting.executeScript serialises
 * this function, so it must stand alone): fetches the tab's own address with
 * the tab's cookies and returns the bytes as base64 (results cross to the
 * extension as JSON), or null when the fetch fails.
 */
export async function readPdfInTab(): Promise<string | null> {
  try {
    const response = await fetch(location.href, { credentials: 'include' });
    if (!response.ok) return null;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const CHUNK = 0x8000;
    let binary = '';
    for (let at = 0; at < bytes.length; at += CHUNK) {
      binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
    }
    return btoa(binary);
  } catch {
    return null;
  }
}
