// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MIN_RESCAN_GAP_MS, NavigationRescans } from '../../entrypoints/content/lifetime/navigation-rescans';
import { ContentScriptContext } from '../../entrypoints/content/lifetime/script-lifetime';

/** WXT's context's event name pattern: "<extension id>:content:wxt:content-script-started" and the like. */
const WXT_EVENT_NAMES = [
  'wxt:content-script-started',
  `${fakeBrowser.runtime.id}:content:wxt:content-script-started`,
  'wxt:locationchange',
  `${fakeBrowser.runtime.id}:content:wxt:locationchange`,
];

const started: ContentScriptContext[] = [];

function start(name = 'content'): ContentScriptContext {
  const context = new ContentScriptContext(name);
  started.push(context);
  return context;
}

afterEach(() => {
  for (const context of started.splice(0)) context.notifyInvalidated();
  vi.useRealTimers();
});

describe('the content script lifetime', () => {
  it('tells the page nothing when it starts: no DOM event, no message', () => {
    const heard: string[] = [];
    for (const name of WXT_EVENT_NAMES) document.addEventListener(name, () => heard.push(name));
    const posted = vi.fn();
    window.addEventListener('message', posted);
    start();
    expect(heard).toEqual([]);
    expect(posted).not.toHaveBeenCalled();
    window.removeEventListener('message', posted);
  });

  it('cannot be ended by events a page dispatches', () => {
    const context = start();
    for (const name of WXT_EVENT_NAMES) {
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(name, { detail }));
      window.dispatchEvent(new CustomEvent(name, { detail }));
      window.postMessage({ type: name, ...detail }, '*');
    }
    expect(context.isInvalid).toBe(false);
  });

  it('ends an older copy of itself in the same world', () => {
    const older = start();
    const stopped = vi.fn();
    older.onInvalidated(stopped);
    const newer = start();
    expect(older.isInvalid).toBe(true);
    expect(stopped).toHaveBeenCalledOnce();
    expect(newer.isInvalid).toBe(false);
  });

  it("leaves another script's copy running: a frame's first look and its explainer share the world", () => {
    const firstLook = start('frame-look');
    const explainer = start('content');
    expect(firstLook.isInvalid).toBe(false);
    expect(explainer.isInvalid).toBe(false);
    const newerLook = start('frame-look');
    expect(firstLook.isInvalid).toBe(true);
    expect(newerLook.isInvalid).toBe(false);
    expect(explainer.isInvalid).toBe(false);
  });

  it('ends once the extension is gone, and its timers with it', () => {
    vi.useFakeTimers();
    const context = start();
    const ticks = vi.fn();
    context.setInterval(ticks, 1_000);
    vi.advanceTimersByTime(1_000);
    expect(ticks).toHaveBeenCalledOnce();
    // A content script of a removed extension reads no id.
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue('');
    vi.advanceTimersByTime(3_000);
    expect(ticks).toHaveBeenCalledOnce();
    expect(context.signal.aborted).toBe(true);
  });
});

describe('rescans after navigation', () => {
  let clock = 0;
  let timers: { at: number; run: () => void }[] = [];
  const lifetime = {
    setTimeout: (run: () => void, wait = 0) => {
      timers.push({ at: clock + wait, run });
      return timers.length;
    },
  };
  /** Moves the fake clock on, running the timers that fall due. */
  const advance = (ms: number) => {
    clock += ms;
    const due = timers.filter(({ at }) => at <= clock);
    timers = timers.filter(({ at }) => at > clock);
    for (const { run } of due) run();
  };

  beforeEach(() => {
    clock = 0;
    timers = [];
  });

  it('does nothing while the address stays the same', () => {
    const rescan = vi.fn();
    const rescans = new NavigationRescans(lifetime, 'https://portal.example/a', rescan, () => clock);
    rescans.check('https://portal.example/a');
    advance(MIN_RESCAN_GAP_MS * 2);
    expect(rescan).not.toHaveBeenCalled();
  });

  it('rescans once per gap however often a page pushes new addresses', () => {
    const rescan = vi.fn();
    const rescans = new NavigationRescans(lifetime, 'https://portal.example/0', rescan, () => clock);
    // A page calling history.pushState in a loop for ten gaps, checked every second.
    for (let second = 1; second <= (MIN_RESCAN_GAP_MS / 1_000) * 10; second++) {
      rescans.check(`https://portal.example/${second}`);
      advance(1_000);
    }
    expect(rescan.mock.calls.length).toBeGreaterThanOrEqual(9);
    expect(rescan.mock.calls.length).toBeLessThanOrEqual(11);
  });

  it('rescans at once after a quiet spell', () => {
    const rescan = vi.fn();
    const rescans = new NavigationRescans(lifetime, 'https://portal.example/a', rescan, () => clock);
    advance(MIN_RESCAN_GAP_MS * 3);
    rescans.check('https://portal.example/b');
    advance(0);
    expect(rescan).toHaveBeenCalledOnce();
  });
});
