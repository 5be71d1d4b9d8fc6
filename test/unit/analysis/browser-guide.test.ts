import { describe, expect, it } from "vitest";
import { browserGuideHtml, paramsLine } from "../../../server/analysis/browser-guide.js";
import { loadLibrary } from "../../../server/analysis/query-library.js";

describe("browserGuideHtml", () => {
  it("makes one slide per query, with runnable :params and query blocks", async () => {
    const library = await loadLibrary();
    const html = browserGuideHtml(library);
    expect(html.startsWith('<article class="guide">')).toBe(true);
    expect(html.match(/<slide /g)?.length).toBe(library.length + 1);
    for (const q of library) expect(html).toContain(`<h3>${q.name}</h3>`);
    // The runnable query has no header comment, and its HTML is escaped.
    expect(html).toContain("MATCH (c:Claim {id: $claim})&lt;-[:OF]-(m:Mention)");
    expect(html).not.toMatch(/<pre[^>]*>\/\/ Question/);
    // Claims come first: they are how an analyst finds the ids the others take.
    expect(html.indexOf("<h3>claims</h3>")).toBeLessThan(html.indexOf("<h3>origin</h3>"));
  });

  it("sets defaults and leaves required parameters for the analyst", () => {
    expect(
      paramsLine([
        { name: "claim", type: "string", required: true, default: null, description: "" },
        { name: "since", type: "datetime", required: false, default: null, description: "" },
        { name: "minShare", type: "float", required: false, default: 1, description: "" },
        { name: "limit", type: "integer", required: false, default: 25, description: "" },
      ]),
    ).toBe(
      ":params [{claim, since, minShare, limit}] => { RETURN '' AS claim, null AS since, 1.0 AS minShare, 25 AS limit }",
    );
  });
});
