/**
 * Counts the pixels that differ between two PNG screenshots (base64), in a
 * browser page: evaluated there by Playwright and Puppeteer alike, so it
 * must stay self-contained (no imports, no closures).
 */
export async function changedPixels(images: readonly string[]): Promise<number> {
  const decoded = await Promise.all(
    images.map(async (data) => {
      const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('No 2D canvas');
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    }),
  );
  const [a, b] = decoded;
  if (!a || !b || a.length !== b.length) throw new Error('Two screenshots of one size are needed');
  let changed = 0;
  for (let index = 0; index < a.length; index += 4) {
    if (a[index] !== b[index] || a[index + 1] !== b[index + 1] || a[index + 2] !== b[index + 2]) changed++;
  }
  return changed;
}
