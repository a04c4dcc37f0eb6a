/**
 * Privacy: the extension makes no network request from any of its parts
 * (content script, card, popup, overview page, service worker). The same
 * recorder is first proven on a test-only copy of the build that does make
 * requests from its content script and its service worker; a recorder that
 * cannot see those would make "zero requests" meaningless.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension } from '../../scripts/chromium';
import { exposeClosedRoots } from './closed-roots';
import { cardOf } from './content-helpers';
import { expect, test, waitForReady } from './fixtures';

const NETWORK = /^(https?|wss?|ftp):/;

/** Every network request the whole browser context makes, from pages, frames and workers alike. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => {
    if (NETWORK.test(request.url())) urls.push(request.url());
  });
  return urls;
}

/** Uses every part of the extension: page highlights, the card, a command, the popup, the overview. */
async function exerciseExtension(context: BrowserContext, serviceWorker: Worker, pageUrl: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(pageUrl);
  await waitForReady(page);
  const term = page.locator('#methods i');
  await term.hover();
  await expect(cardOf(page)).toBeVisible();
  await page.bringToFront();
  await serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) {
      await chrome.tabs.sendMessage(tab.id, {
        medterm: 'run-command',
        data: { command: 'next-term', focusedFrameOnly: false },
      });
    }
  });
  const extensionId = new URL(serviceWorker.url()).host;
  for (const path of ['popup.html', 'overview.html#isotretinoin']) {
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/${path}`);
    await extensionPage.waitForLoadState('networkidle');
    await extensionPage.close();
  }
  await page.reload();
  await waitForReady(page);
}

test('no part of the extension makes a network request', async ({ context, serviceWorker, server }) => {
  const requests = recordRequests(context);
  const pageUrl = `${server.origin}/article.html`;
  await exerciseExtension(context, serviceWorker, pageUrl);
  expect(requests.filter((url) => url !== pageUrl)).toEqual([]);
});

test('the request recorder catches requests from a content script and a service worker', async ({ server }) => {
  const probeDir = await mkdtemp(join(tmpdir(), 'medterm-probe-'));
  await cp(EXTENSION_DIR, probeDir, { recursive: true });
  const contentProbe = `${server.origin}/probe-from-content-script`;
  const workerProbe = `${server.origin}/probe-from-service-worker`;
  await appendTo(join(probeDir, 'content-scripts/content.js'), `\n;fetch(${JSON.stringify(contentProbe)});`);
  // On the first message from a page (the badge report), so the recorder is listening by then.
  await appendTo(
    join(probeDir, 'background.js'),
    `\n;chrome.runtime.onMessage.addListener(() => { fetch(${JSON.stringify(workerProbe)}); });`,
  );
  const manifestPath = join(probeDir, 'manifest.json');
  const manifest: Record<string, unknown> = JSON.parse(await readFile(manifestPath, 'utf8'));
  // The real build forbids extension pages and the worker to connect anywhere; the probe must be able to.
  delete manifest.content_security_policy;
  await writeFile(manifestPath, JSON.stringify(manifest));

  const probe = await launchWithExtension({ extensionDir: probeDir });
  await exposeClosedRoots(probe.context);
  try {
    const requests = recordRequests(probe.context);
    await exerciseExtension(probe.context, probe.serviceWorker, `${server.origin}/article.html`);
    await expect.poll(() => requests).toEqual(expect.arrayContaining([contentProbe, workerProbe]));
  } finally {
    await probe.close();
    await rm(probeDir, { recursive: true, force: true });
  }
});

test('only the PDF reader may connect; the popup and overview may not connect anywhere', async ({
  context,
  extensionId,
  serviceWorker,
  server,
}) => {
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  const policy = manifest.content_security_policy;
  const pages = typeof policy === 'object' && policy !== null ? policy.extension_pages : undefined;
  // The reader fetches the one PDF it is asked to open (see wxt.config.ts).
  expect(pages).toContain("connect-src 'self' https: http:");
  expect(pages).toContain("script-src 'self'");
  for (const path of ['popup.html', 'overview.html', 'welcome.html']) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    const fetched = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => 'fetched',
          () => 'blocked',
        ),
      server.origin,
    );
    expect(fetched, path).toBe('blocked');
    await page.close();
  }
  // scripting and the host permission let the background inject highlight rules pages cannot read;
  // activeTab lets the popup read the PDF in its tab for the reader; declarativeNetRequestWithHostAccess
  // sends pages that are PDFs to the reader while that setting is on. No permission reaches the network.
  expect(manifest.permissions).toEqual([
    'storage',
    'contextMenus',
    'activeTab',
    'scripting',
    'declarativeNetRequestWithHostAccess',
  ]);
  expect(manifest.host_permissions).toEqual(['<all_urls>']);
});

async function appendTo(path: string, code: string): Promise<void> {
  await writeFile(path, (await readFile(path, 'utf8')) + code);
}
