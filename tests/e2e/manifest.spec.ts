/**
 * The extension's shipping face: a clear name and description, and the
 * toolbar icon rendered from its one SVG source at every size the manifest
 * names.
 */
import { expect, test } from './fixtures';

test('names itself plainly and has an icon at every size the manifest lists', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.name).toBe('MedTerm Explainer');
  expect(manifest.description).toMatch(/plain words/);
  const icons = Object.entries(manifest.icons ?? {});
  expect(icons.map(([size]) => Number(size))).toEqual([16, 32, 48, 96, 128]);
  expect(manifest.action?.default_icon).toEqual(manifest.icons);
  const page = await context.newPage();
  for (const [size, path] of icons) {
    const response = await page.goto(`chrome-extension://${extensionId}/${path}`);
    expect(response?.ok()).toBe(true);
    const dimensions = await page.evaluate(() => {
      const image = document.querySelector('img');
      return image ? [image.naturalWidth, image.naturalHeight] : null;
    });
    expect(dimensions).toEqual([Number(size), Number(size)]);
  }
});
