/**
 * The toolbar and store icons, rendered at build time from the one SVG
 * source (assets/icon.svg) at each size the manifests ask for.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const SOURCE = resolve(import.meta.dirname, '../assets/icon.svg');

/** The manifest's `icons` map: size → path inside the extension. */
export const MANIFEST_ICONS = Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${size}.png`]));

/** Renders every size into `outDir` and returns each file with its place in the extension. */
export async function renderIcons(outDir: string): Promise<{ absoluteSrc: string; relativeDest: string }[]> {
  const svg = await readFile(SOURCE, 'utf8');
  await mkdir(outDir, { recursive: true });
  return Promise.all(
    ICON_SIZES.map(async (size) => {
      const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
      const absoluteSrc = join(outDir, `${size}.png`);
      await writeFile(absoluteSrc, png);
      return { absoluteSrc, relativeDest: `icon/${size}.png` };
    }),
  );
}
