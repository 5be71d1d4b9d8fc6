import { describe, expect, it } from "vitest";
import { Lane } from "../../../server/api/lane.js";

const codeOf = (e: unknown) => (e as { extensions?: { code?: string } }).extensions?.code;

describe("Lane", () => {
  it("lets `places` in at once and the next in when one leaves, in order", async () => {
    const lane = new Lane(2);
    const far = Date.now() + 5_000;
    const a = await lane.enter(far);
    await lane.enter(far);
    const order: string[] = [];
    const c = lane.enter(far).then((release) => (order.push("c"), release));
    const d = lane.enter(far).then((release) => (order.push("d"), release));
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual([]);
    a();
    a(); // a second release of the same place frees nothing more
    (await c)();
    await d;
    expect(order).toEqual(["c", "d"]);
  });

  it("answers TIMEOUT to a request still waiting at its deadline, and frees its turn", async () => {
    const lane = new Lane(1);
    const release = await lane.enter(Date.now() + 5_000);
    const started = Date.now();
    const late = await lane.enter(Date.now() + 100).catch((e: unknown) => e);
    expect(codeOf(late)).toBe("TIMEOUT");
    expect(Date.now() - started).toBeLessThan(1_000);
    release();
    // the timed-out request left the queue: the next comer gets the place at once
    const next = await lane.enter(Date.now() + 100);
    next();
  });

  it("gives up at once when the request is aborted while it waits: a client gone before the deadline is not a timeout", async () => {
    const lane = new Lane(1);
    await lane.enter(Date.now() + 5_000);
    const controller = new AbortController();
    const waiting = lane.enter(Date.now() + 5_000, controller.signal).catch((e: unknown) => e);
    controller.abort();
    expect(codeOf(await waiting)).toBe("CLIENT_CLOSED_REQUEST");
    const atDeadline = new AbortController();
    const late = lane.enter(Date.now() + 50, atDeadline.signal).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 60));
    atDeadline.abort();
    expect(codeOf(await late)).toBe("TIMEOUT");
  });
});
