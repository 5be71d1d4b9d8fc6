import type { Graph } from "../graph/driver.js";

/**
 * How long Neo4j may say nothing at all, to any query, before a query that reaches its deadline
 * counts it as stalled (stopped, swapping, cut off) rather than busy, unless it answered something
 * while that query waited. On a machine at load average 22 (two cores), a live Neo4j once left a
 * trivial query unanswered for more than 2.5 s, and its clients were told it was unavailable.
 */
export const STALL_GRACE_MS = 5_000;
/** How often, while queries are waiting on Neo4j, a trivial query checks that it still answers. */
const HEARTBEAT_MS = 1_000;

/**
 * Whether Neo4j is alive, for the moment a query reaches its request's deadline unanswered: then a
 * busy server (alive, too slow for this query) is the client's TIMEOUT, a stalled one is
 * NEO4J_UNAVAILABLE. Telling them apart cannot wait for Neo4j's own transaction timeout, which its
 * monitor notices up to 2 s late (`db.transaction.monitor.check.interval`), past the deadline. So
 * any answer from the server counts, and while queries are in flight a heartbeat asks for one every
 * second: a server that answered nothing while the query waited, nor for STALL_GRACE_MS, is stalled.
 */
export class Liveness {
  private lastAnswer = Date.now();
  private inFlight = 0;
  private timer?: NodeJS.Timeout;
  private pingSince = 0;

  constructor(
    private readonly graph: Pick<Graph, "session">,
    private readonly ping: string,
  ) {}

  /** Neo4j answered (a result, or an error of its own such as a timed-out transaction). */
  answered(): void {
    this.lastAnswer = Date.now();
  }

  /**
   * Whether Neo4j answered anything since `since` (while the query waited: then it is busy, not
   * stalled) or within the last STALL_GRACE_MS. `deaf`: how long this process itself could not read
   * answers (its timers ran that late), which is not Neo4j's silence.
   */
  alive(since: number, deaf = 0): boolean {
    return this.lastAnswer > since || Date.now() - this.lastAnswer <= STALL_GRACE_MS + Math.max(0, deaf);
  }

  /** A query starts waiting on Neo4j; `leave` when it no longer does. */
  enter(): void {
    if (this.inFlight++ > 0) return;
    if (Date.now() - this.lastAnswer > HEARTBEAT_MS) this.beat();
    this.timer = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.timer.unref();
  }

  leave(): void {
    if (--this.inFlight === 0) clearInterval(this.timer);
  }

  private beat(): void {
    // One heartbeat at a time; one that never settles (a dead socket) is given up after two graces.
    if (this.pingSince > 0 && Date.now() - this.pingSince < 2 * STALL_GRACE_MS) return;
    const since = (this.pingSince = Date.now());
    const session = this.graph.session("READ");
    session
      .run(this.ping, {}, { timeout: STALL_GRACE_MS, metadata: { app: "api", query: "liveness" } })
      .then(
        () => this.answered(),
        (err: unknown) => {
          if (answeredByServer(err)) this.answered();
        },
      )
      .finally(() => {
        if (this.pingSince === since) this.pingSince = 0;
        void session.close().catch(() => undefined);
      });
  }
}

/** Errors Neo4j itself sent (codes "Neo.…"), as opposed to the driver's for a lost or refused connection. */
export function answeredByServer(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("Neo.");
}
