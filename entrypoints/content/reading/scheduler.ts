/**
 * Runs the content script's work in short slices and yields to the page in
 * between, so even a 5 MB page never sees a long task from us. A job does
 * some work and says whether it is finished; unfinished jobs run again in the
 * next slice. Yielding goes through a MessageChannel, which (unlike nested
 * setTimeout) is not clamped to 4 ms.
 */

/** Does work until `deadline` (a performance.now() time); returns true when finished. */
export type Job = (deadline: number) => boolean;

export const SLICE_MS = 6;

export class Scheduler {
  private readonly jobs: Job[] = [];
  private readonly channel = new MessageChannel();
  private waiting = false;
  private stopped = false;

  constructor(
    private readonly sliceMs = SLICE_MS,
    readonly now: () => number = () => performance.now(),
  ) {
    this.channel.port1.onmessage = () => this.runSlice();
  }

  add(job: Job): void {
    if (this.stopped) return;
    this.jobs.push(job);
    this.wake();
  }

  get idle(): boolean {
    return this.jobs.length === 0;
  }

  stop(): void {
    this.stopped = true;
    this.jobs.length = 0;
    this.channel.port1.close();
  }

  private wake(): void {
    if (this.waiting || this.stopped) return;
    this.waiting = true;
    this.channel.port2.postMessage(null);
  }

  private runSlice(): void {
    this.waiting = false;
    const deadline = this.now() + this.sliceMs;
    while (this.jobs.length > 0 && this.now() < deadline) {
      const job = this.jobs[0];
      if (job?.(deadline) !== false) this.jobs.shift();
    }
    if (this.jobs.length > 0) this.wake();
  }
}
