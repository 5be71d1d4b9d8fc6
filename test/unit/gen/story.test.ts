import { describe, expect, it } from "vitest";
import { renderClause, type Wording } from "../../../server/gen/drift.js";
import { createRng } from "../../../server/gen/prng.js";
import { planCoverage, planEvent, rivalries } from "../../../server/gen/story.js";
import { buildWorld, worldSizeFor } from "../../../server/gen/world.js";

const plain: Wording = { variant: 0, synonyms: [], quantifier: 0, fronted: false, backshift: false, metonym: false };

describe("prng", () => {
  it("repeats per seed, and forks do not depend on what was drawn before", () => {
    const a = createRng("s");
    const b = createRng("s");
    expect([a.next(), a.next()]).toEqual([b.next(), b.next()]);
    const c = createRng("s");
    c.next();
    expect(c.fork("x").next()).toBe(createRng("s").fork("x").next());
  });
});

describe("renderClause", () => {
  const t = ["{A} will withdraw its troops | by the end of {month}"];
  const slots = { A: "Veloria", month: "May" };
  it("fills slots, moves the tail, shifts tense only in reported speech", () => {
    expect(renderClause(t, plain, slots, {})).toBe("Veloria will withdraw its troops by the end of May");
    expect(renderClause(t, { ...plain, fronted: true }, slots, {})).toBe(
      "by the end of May, Veloria will withdraw its troops",
    );
    expect(renderClause(t, { ...plain, backshift: true }, slots, {})).toBe(
      "Veloria would withdraw its troops by the end of May",
    );
    expect(renderClause(t, { ...plain, backshift: true }, slots, {}, true)).toBe(
      "Veloria will withdraw its troops by the end of May",
    );
    expect(renderClause(t, { ...plain, metonym: true }, slots, { A: "Port Aldane" })).toMatch(/^Port Aldane will/);
  });
  it("names a missing slot", () => {
    expect(() => renderClause(["{X} said"], plain, {}, {})).toThrow(/\{X\}/);
  });
});

describe("planCoverage", () => {
  it("publishes every retelling after its source, and every denial after the claim", () => {
    const rng = createRng("plan");
    const world = buildWorld(rng.fork("w"), worldSizeFor(5000));
    const pairs = rivalries(rng, world);
    for (let i = 0; i < 50; i++) {
      const event = planEvent(rng, world, pairs, i, Date.UTC(2022, 0, 1) + i * 3_600_000);
      for (const c of event.claims) if (c.deniedAt !== undefined) expect(c.deniedAt).toBeGreaterThan(c.saidAt);
      const plans = planCoverage(rng, world, event, 3 + (i % 40));
      expect(plans).toHaveLength(3 + (i % 40));
      for (const p of plans) {
        if (p.parent) expect(p.at).toBeGreaterThan(p.parent.at);
        for (const it of p.items) if (it.stance === "denied") expect(p.at).toBeGreaterThanOrEqual(it.claim.deniedAt!);
        if (p.role === "reprint") expect(p.items).toBe(p.parent!.items);
      }
    }
  });
});
