import { stopped } from "./errors.js";

/**
 * A bounded number of places for expensive queries. Without it every connection's expensive query
 * runs at once, each slower for the others (two cores, one Neo4j), until all of them miss their
 * deadline and the transaction memory runs out; with it they take turns while cheap queries, which
 * never wait here, stay fast. A request waits for a place no longer than its deadline, then hears
 * TIMEOUT: the queue is bounded by time, and by each client's parallel requests (time-budget.ts).
 */
export class Lane {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly places: number) {}

  /** Resolves with the place's release once one is free; TIMEOUT at `deadline`, CLIENT_CLOSED_REQUEST on `signal` before it. */
  enter(deadline: number, signal?: AbortSignal): Promise<() => void> {
    if (this.running < this.places) return Promise.resolve(this.take());
    return new Promise((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", giveUp);
        resolve(this.take());
      };
      const giveUp = () => {
        clearTimeout(timer);
        const i = this.waiting.indexOf(wake);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(
          stopped(
            deadline,
            "The server was busy with other expensive queries until the request's time limit; try again, or narrow it.",
          ),
        );
      };
      const timer = setTimeout(giveUp, Math.max(0, deadline - Date.now()));
      signal?.addEventListener("abort", giveUp, { once: true });
      this.waiting.push(wake);
    });
  }

  private take(): () => void {
    this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      this.waiting.shift()?.();
    };
  }
}
