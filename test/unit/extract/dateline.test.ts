import { describe, expect, it } from "vitest";
import { DATELINE_RULES, datelineLength } from "../../../server/extract/dateline.js";
import { attributed } from "./helpers.js";

const ruleFor = (head: string) => DATELINE_RULES.find((r) => r.match.test(head))?.name;

describe("datelines", () => {
  it("place, date and credit in brackets, then a dash or colon", () => {
    expect(ruleFor("LIMA, March 3 (Andes Wire) -- The ministry said")).toBe("place-credit-dash");
    expect(ruleFor("Cape Town, Aug 9 (SAPA): The union said")).toBe("place-credit-dash");
  });

  it("a capitalised place and a credit with its own date", () => {
    expect(ruleFor("NAIROBI (Harambee News / Wire - 4th May, 2019) The agency said")).toBe("caps-place-credit");
  });

  it("a capitalised place, maybe a date, then a dash", () => {
    expect(ruleFor("OSLO, Norway — The fund said")).toBe("caps-place-dash");
    expect(ruleFor("OSLO, May 3 - The fund said")).toBe("caps-place-dash");
  });

  it("a subject with an acronym in brackets is no dateline", () => {
    expect(datelineLength("World Health Organization (WHO) officials said")).toBe(0);
    expect(datelineLength("The Port Authority (PA) said")).toBe(0);
  });

  it("keeps the dateline out of a mention's span", () => {
    const [m] = attributed(
      "LIMA, March 3 (Andes Wire) -- The copper mine will stay closed until June, the energy ministry said on Tuesday.",
    );
    expect(m.text).toBe("The copper mine will stay closed until June");
  });
});
