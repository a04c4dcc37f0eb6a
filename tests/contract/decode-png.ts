/**
 * Decodes PNG screenshots (base64) into their RGBA pixels (base64), in a
 * browser page: evaluated there by Playwright, so it must stay
 * self-contained (no imports, no closures), as changed-pixels.ts.
 */
export async function decodePngs(
  images: readonly string[],
): Promise<{ readonly width: number; readonly height: number; readonly rgba: string }[]> {
  return Promise.all(
    images.map(async (data) => {
      const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('No 2D canvas');
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let binary = '';
      for (let start = 0; start < pixels.length; start += 0x8000) {
        binary += String.fromCharCode(...pixels.subarray(start, start + 0x8000));
      }
      return { width: bitmap.width, height: bitmap.height, rgba: btoa(binary) };
    }),
  );
}
