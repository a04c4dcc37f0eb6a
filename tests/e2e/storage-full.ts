/** A full storage, as a browser may have it: for the specs that check a refused save is said and undone. */
import { expect, type Worker } from '@playwright/test';

/** Fills the extension's local storage to within a few bytes of its quota, so the next change cannot fit. */
export async function fillStorage(serviceWorker: Worker): Promise<void> {
  const left = await serviceWorker.evaluate(async () => {
    const key = 'filler';
    const used = await chrome.storage.local.getBytesInUse(null);
    const room = chrome.storage.local.QUOTA_BYTES - used - key.length - '""'.length - 4;
    await chrome.storage.local.set({ [key]: 'x'.repeat(room) });
    return chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
  });
  expect(left).toBeLessThan(16);
}
