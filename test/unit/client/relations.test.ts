import { describe, expect, it } from "vitest";
import {
  normalRelations,
  openEntry,
  parseOpenEntry,
  relationChoices,
  relationKinds,
} from "../../../client/src/state/relations.js";
import { parseState, serializeState } from "../../../client/src/state/view-state.js";

describe("relations an expansion follows", () => {
  it("keeps known letters once, in a fixed order, and reads all of them as every kind", () => {
    expect(normalRelations("vaxa")).toBe("av");
    expect(normalRelations(relationChoices.map((r) => r.code).join(""))).toBe("");
    expect(relationKinds("")).toBeUndefined();
    expect(relationKinds("va")).toEqual(["ASSERTED", "RELAYS"]);
  });

  it("records the relations with each opened node, and round-trips through the URL", () => {
    expect(openEntry("act-a", "")).toBe("act-a");
    expect(parseOpenEntry(openEntry("act-a", "dv"))).toEqual({ id: "act-a", codes: "dv" });
    const s = parseState("?open=act-a~v,src-b&rel=zda");
    expect(s.rel).toBe("ad");
    expect(s.open).toEqual(["act-a~v", "src-b"]);
    expect(parseState(serializeState(s))).toEqual(s);
  });
});
