import { describe, expect, it } from "vitest";
import { defaultState, parseState, serializeState } from "../../../client/src/state/view-state.js";

describe("view state in the URL", () => {
  it("round-trips every field", () => {
    const s = {
      ...defaultState,
      view: "travel" as const,
      claim: "clm-1",
      sel: "men-2",
      q: "offensive weapons",
      actor: "act-x",
      outlet: "src-y",
      stance: "denied" as const,
      from: "2021-12-30",
      to: "2021-12-31",
      contested: true,
      t: "2021-12-31T03:29:00.000Z",
      lanes: "actor" as const,
      open: ["story:doc:a", "act-b"],
    };
    expect(parseState(serializeState(s))).toEqual(s);
  });

  it("writes nothing for the default view", () => {
    expect(serializeState(defaultState)).toBe("");
  });

  it("falls back to defaults on malformed values", () => {
    const s = parseState("?view=nope&stance=maybe&from=yesterday&t=never&contested=yes");
    expect(s).toEqual(defaultState);
  });
});
