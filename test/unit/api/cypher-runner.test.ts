import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { CypherRunner } from "../../../server/api/cypher.js";
import { STALL_GRACE_MS } from "../../../server/api/liveness.js";

/** A graph whose sessions fail with the given errors, in turn, then answer one row. */
function graphFailingWith(...errors: Error[]) {
  let calls = 0;
  const session = () => ({
    run: async () => {
      const error = errors[calls++];
      if (error) throw error;
      return { records: [{ toObject: () => ({ ok: 1 }) }] };
    },
    close: async () => undefined,
  });
  return { graph: { session } as never, calls: () => calls };
}

/** An error as the server sends it; only the code matters here. */
const neo4jError = (code: string) => new Neo4jError(code, code, "50N42", "error: general processing exception");

const queries = new Map([["ping", "RETURN 1 AS ok"]]);
const later = () => Date.now() + 5_000;

describe("CypherRunner.read", () => {
  it("runs a read again when it met a concurrent write", async () => {
    const { graph, calls } = graphFailingWith(neo4jError("Neo.TransientError.Transaction.Outdated"));
    expect(await new CypherRunner(graph, queries).read("ping", {}, later())).toEqual([{ ok: 1 }]);
    expect(calls()).toBe(2);
  });

  it("gives up after three attempts", async () => {
    const conflict = () => neo4jError("Neo.TransientError.Transaction.DeadlockDetected");
    const { graph, calls } = graphFailingWith(conflict(), conflict(), conflict());
    await expect(new CypherRunner(graph, queries).read("ping", {}, later())).rejects.toThrow();
    expect(calls()).toBe(3);
  });

  it("does not retry a database that is unavailable, nor a query error", async () => {
    for (const code of ["Neo.TransientError.General.DatabaseUnavailable", "Neo.ClientError.Statement.SyntaxError"]) {
      const { graph, calls } = graphFailingWith(neo4jError(code));
      await expect(new CypherRunner(graph, queries).read("ping", {}, later())).rejects.toThrow();
      expect(calls()).toBe(1);
    }
  });
});

describe("CypherRunner at the deadline", () => {
  /** A graph whose sessions never answer `slow`, answer anything else at once (or never, when stalled). */
  const graphWith = (stalled: boolean) => {
    const never = new Promise<never>(() => undefined);
    const session = () => ({
      run: (text: string) =>
        text.includes("slow") || stalled ? never : Promise.resolve({ records: [{ toObject: () => ({ ok: 1 }) }] }),
      close: async () => undefined,
    });
    return { session } as never;
  };
  const slow = new Map([["slow", "RETURN 'slow'"]]);

  it("answers TIMEOUT when Neo4j answered while the query waited, though silent for longer than the stall grace since", async () => {
    const started = Date.now();
    const never = new Promise<never>(() => undefined);
    // answers the heartbeat for its first 1.5 s, then nothing (a long pause of a busy server)
    const session = () => ({
      run: (text: string) =>
        text.includes("slow") || Date.now() - started > 1_500
          ? never
          : Promise.resolve({ records: [{ toObject: () => ({ ok: 1 }) }] }),
      close: async () => undefined,
    });
    const runner = new CypherRunner({ session } as never, slow);
    const limit = STALL_GRACE_MS + 2_000;
    const error = await runner.read("slow", {}, Date.now() + limit).catch((e: unknown) => e);
    expect(code(error)).toBe("TIMEOUT");
  }, 15_000);
  const code = (e: unknown) => (e as { extensions?: { code?: string } }).extensions?.code;

  for (const [stalled, expected] of [
    [false, "TIMEOUT"],
    [true, "NEO4J_UNAVAILABLE"],
  ] as const) {
    it(`answers ${expected} at the deadline when Neo4j ${stalled ? "answers nothing" : "answers other queries"}`, async () => {
      const runner = new CypherRunner(graphWith(stalled), slow);
      const started = Date.now();
      // long enough for the heartbeat (every second) to have asked, and past the stall grace
      const limit = STALL_GRACE_MS + 700;
      const error = await runner.read("slow", {}, Date.now() + limit).catch((e: unknown) => e);
      expect(code(error)).toBe(expected);
      expect(Date.now() - started).toBeLessThan(limit + 500);
    }, 15_000);
  }
});
