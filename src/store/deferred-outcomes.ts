// The outcomes of access-log entries that are already durable, waiting to ride along with a store's next access-log
// commit. A query's entry is committed while the query runs and its answer waits for that commit; the outcome it ended
// with is known only at the end, and waiting for a second commit there would put a round trip back on every answer's
// path. So the outcome goes with the next commit any request makes — or, when none comes, on its own after a short
// delay. Both stores use this one buffer; each writes what it takes in its own way.
import type { AccessLogEntry } from './port.js';

/** Longest an outcome waits for a commit to carry it before it is written on its own. */
export const OUTCOME_DELAY_MS = 250;
/** Outcomes waiting at most; one more is written at once, with the others. */
const MAX_WAITING = 500;

export interface OutcomeWaiter {
  entry: AccessLogEntry;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class DeferredOutcomes {
  private waiting: OutcomeWaiter[] = [];
  /** Every outcome not yet written or failed, for `flush` to wait for; each leaves the set when it settles. */
  private unsettled = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private fired = false;

  /**
   * @param write called when outcomes must be written without waiting for a commit to carry them (the delay ran out, too
   *   many wait, or `flush`): the store starts a commit unless one is under way, and while `due` it makes one more.
   */
  constructor(private readonly write: () => void, private readonly delayMs = OUTCOME_DELAY_MS) {}

  /** Whether outcomes wait that must be written now, with or without a commit of other entries to carry them. */
  get due(): boolean {
    return this.fired && this.waiting.length > 0;
  }

  /** Queues the outcome; resolves when a commit holding it is durable, rejects when that commit fails. */
  add(entry: AccessLogEntry): Promise<void> {
    const promise = new Promise<void>((resolve, reject) => this.waiting.push({ entry, resolve, reject }));
    // Its failure is the caller's to handle, not this set's.
    const settled: Promise<void> = promise.then(
      () => void this.unsettled.delete(settled),
      () => void this.unsettled.delete(settled),
    );
    this.unsettled.add(settled);
    if (this.waiting.length >= MAX_WAITING) this.fire();
    else if (!this.timer) {
      this.timer = setTimeout(() => this.fire(), this.delayMs);
      // Never what keeps a process alive: closing the store flushes what waits.
      this.timer.unref();
    }
    return promise;
  }

  /** Every outcome waiting, for the commit about to be made to carry; the store settles each with that commit. */
  take(): OutcomeWaiter[] {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.fired = false;
    const taken = this.waiting;
    this.waiting = [];
    return taken;
  }

  /** Writes what waits now and resolves when every outcome recorded so far has been written (or has failed). */
  async flush(): Promise<void> {
    const pending = [...this.unsettled];
    if (this.waiting.length > 0) this.fire();
    await Promise.all(pending);
  }

  private fire(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.fired = true;
    this.write();
  }
}
