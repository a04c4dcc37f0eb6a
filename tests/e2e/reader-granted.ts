/**
 * The built extension with the local portal's host granted, as activeTab
 * grants a clicked tab's: Playwright cannot click the toolbar, press the
 * browser's shortcuts or the context menu, which is what grants activeTab.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, type LaunchedExtension, launchWithExtension } from '../../scripts/chromium';
import { exposeClosedRoots, registerClosedRootEngine } from './closed-roots';

export async function launchGranted(): Promise<LaunchedExtension> {
  const dir = await mkdtemp(join(tmpdir(), 'medterm-granted-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest: Record<string, unknown> = JSON.parse(await readFile(manifestPath, 'utf8'));
  await writeFile(manifestPath, JSON.stringify({ ...manifest, host_permissions: ['http://127.0.0.1/*'] }));
  await registerClosedRootEngine();
  const launched = await launchWithExtension({ extensionDir: dir });
  await exposeClosedRoots(launched.context);
  return {
    ...launched,
    close: async () => {
      await launched.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
