/**
 * Keyboard commands go to the frame the reader is in: hospital portals show
 * their reports in frames. The background knows no frame ids without the
 * webNavigation permission, so it sends the command to every frame of the tab
 * and only the frame that has the keyboard focus runs it (see
 * entrypoints/content/focused-frame.ts). When no frame answers, as when the
 * focus is in a frame the content script cannot run in, the top frame runs it.
 */
import { type PageCommand, sendToAllFrames, sendToTab } from '../../utils/messages';

export async function runPageCommand(tabId: number, command: PageCommand): Promise<void> {
  // A page where content scripts cannot run (the browser's own pages) simply does not answer.
  const ran = await sendToAllFrames(tabId, 'run-command', { command, focusedFrameOnly: true }).catch(() => undefined);
  if (ran !== true) await sendToTab(tabId, 'run-command', { command, focusedFrameOnly: false }).catch(() => null);
}
