/**
 * Whether a highlight is painted, judged from a screenshot as a reader would
 * see it: registering a range proves nothing if no rule paints its name (the
 * rules reach the page in a sheet page scripts cannot read, so they cannot
 * be inspected either). The screenshot is decoded in a blank page of the
 * same browser (no image library in the tests).
 */
import type { Page } from '@playwright/test';
import type { Box } from '../contract/page-contract';

/** The dotted underline's colour in the default style (utils/highlight-styles.ts). */
export const UNDERLINE_RGB = [47, 111, 178] as const;
const TOLERANCE = 60;

/** How many pixels in `box` (and the 4 px under it, where underlines fall) are near `rgb`. */
export async function pixelsNear(
  page: Page,
  box: Box,
  rgb: readonly [number, number, number] = UNDERLINE_RGB,
): Promise<number> {
  const clip = { x: Math.max(0, box.x), y: Math.max(0, box.y), width: Math.max(1, box.width), height: box.height + 4 };
  const png = (await page.screenshot({ clip })).toString('base64');
  const decoder = await page.context().newPage();
  try {
    return await decoder.evaluate(
      async ({ data, color, tolerance }) => {
        const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('No 2D canvas');
        context.drawImage(bitmap, 0, 0);
        const { data: pixels } = context.getImageData(0, 0, bitmap.width, bitmap.height);
        let count = 0;
        for (let index = 0; index < pixels.length; index += 4) {
          const [red = 0, green = 0, blue = 0] = color;
          const distance =
            Math.abs((pixels[index] ?? 0) - red) +
            Math.abs((pixels[index + 1] ?? 0) - green) +
            Math.abs((pixels[index + 2] ?? 0) - blue);
          if (distance <= tolerance) count++;
        }
        return count;
      },
      { data: png, color: [...rgb], tolerance: TOLERANCE },
    );
  } finally {
    await decoder.close();
  }
}
