import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Job, Scheduler } from '../../entrypoints/content/reading/scheduler';

/**
 * A MessageChannel whose messages wait until the test delivers them, so each
 * "turn of the page" is a step the test takes.
 */
class TurnChannel {
  static posted: TurnChannel[] = [];
  readonly port1 = { onmessage: null as (() => void) | null, close: () => {} };
  readonly port2 = { postMessage: () => TurnChannel.posted.push(this) };
}

/** Hands the page's turn back to every scheduler that asked for it; returns how many did. */
function nextTurn(): number {
  const waiting = TurnChannel.posted.splice(0);
  for (const channel of waiting) channel.port1.onmessage?.();
  return waiting.length;
}

let clock = 0;
const now = () => clock;

/** A job that spends `stepMs` of the fake clock per call and finishes after `calls` calls. */
function jobOf(calls: number, stepMs: number, log: string[], label: string): Job {
  let left = calls;
  return () => {
    clock += stepMs;
    log.push(label);
    return --left === 0;
  };
}

beforeEach(() => {
  clock = 0;
  TurnChannel.posted = [];
  vi.stubGlobal('MessageChannel', TurnChannel);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Scheduler', () => {
  it('runs a job in a later turn, never while it is added', () => {
    const scheduler = new Scheduler(6, now);
    const log: string[] = [];
    scheduler.add(jobOf(1, 1, log, 'a'));
    expect(log).toEqual([]);
    expect(scheduler.idle).toBe(false);

    expect(nextTurn()).toBe(1);
    expect(log).toEqual(['a']);
    expect(scheduler.idle).toBe(true);
  });

  it('gives each job the slice deadline, the slice length after the slice starts', () => {
    const scheduler = new Scheduler(6, now);
    const deadlines: number[] = [];
    clock = 100;
    scheduler.add((deadline) => {
      deadlines.push(deadline);
      return true;
    });
    nextTurn();
    expect(deadlines).toEqual([106]);
  });

  it('ends a slice at its deadline and resumes the unfinished job in the next slice', () => {
    const scheduler = new Scheduler(6, now);
    const log: string[] = [];
    scheduler.add(jobOf(5, 4, log, 'long'));

    nextTurn();
    // 0 → 4 → 8: the second call passes the deadline (6), so the slice ends there.
    expect(log).toEqual(['long', 'long']);
    expect(scheduler.idle).toBe(false);

    expect(nextTurn()).toBe(1);
    expect(log).toHaveLength(4);
    nextTurn();
    expect(log).toHaveLength(5);
    expect(scheduler.idle).toBe(true);
    expect(nextTurn()).toBe(0);
  });

  it('runs jobs in the order they were added, the next one as soon as the first finishes', () => {
    const scheduler = new Scheduler(6, now);
    const log: string[] = [];
    scheduler.add(jobOf(2, 1, log, 'first'));
    scheduler.add(jobOf(1, 1, log, 'second'));
    scheduler.add(jobOf(1, 10, log, 'third'));
    scheduler.add(jobOf(1, 1, log, 'fourth'));

    nextTurn();
    expect(log).toEqual(['first', 'first', 'second', 'third']);
    nextTurn();
    expect(log).toEqual(['first', 'first', 'second', 'third', 'fourth']);
  });

  it('asks the page for one turn however many jobs are added before it comes', () => {
    const scheduler = new Scheduler(6, now);
    const log: string[] = [];
    for (const label of ['a', 'b', 'c']) scheduler.add(jobOf(1, 0, log, label));
    expect(TurnChannel.posted).toHaveLength(1);
    nextTurn();
    expect(log).toEqual(['a', 'b', 'c']);
  });

  it('drops waiting jobs on stop and accepts none after it', () => {
    const scheduler = new Scheduler(6, now);
    const log: string[] = [];
    scheduler.add(jobOf(3, 4, log, 'cut short'));
    nextTurn();
    expect(log).toHaveLength(2);

    scheduler.stop();
    scheduler.add(jobOf(1, 1, log, 'too late'));
    nextTurn();
    expect(log).toHaveLength(2);
    expect(scheduler.idle).toBe(true);
    expect(TurnChannel.posted).toEqual([]);
  });
});
