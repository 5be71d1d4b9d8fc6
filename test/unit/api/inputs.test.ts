import { describe, expect, it } from "vitest";
import { checkId, checkIds, checkRange } from "../../../server/api/args.js";
import { accessOf, bearerToken, requireWrite } from "../../../server/api/auth.js";
import { apiConfig } from "../../../server/api/config.js";
import { decodeCursor, encodeCursor, toPage } from "../../../server/api/cursor.js";
import { luceneQuery } from "../../../server/api/lucene.js";
import { parseDateTime } from "../../../server/api/scalars.js";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { extensions?: { code?: string } }).extensions?.code ?? "thrown";
  }
  return "none";
};

describe("luceneQuery", () => {
  it("requires every word", () => {
    expect(luceneQuery("security  guarantees")).toBe("security AND guarantees");
  });

  it("takes Lucene syntax literally, so no input is a syntax error", () => {
    expect(luceneQuery('") OR 1=1 //')).toBe("or AND 1=1");
    expect(luceneQuery("AND OR (")).toBe("and AND or");
    expect(luceneQuery('title:"x" [a TO b] c~2 d* e^3 !f -g +h \\i')).toBe(
      "title AND x AND a AND to AND b AND c AND 2 AND d AND e AND 3 AND f AND g AND h AND i",
    );
  });

  it("returns null when nothing searchable is left", () => {
    expect(luceneQuery("  ( ) * \\ ")).toBeNull();
    expect(luceneQuery("")).toBeNull();
  });

  it("bounds the number of terms", () => {
    expect(luceneQuery(Array.from({ length: 50 }, (_, i) => `w${i}`).join(" "))!.split(" AND ")).toHaveLength(16);
  });
});

describe("cursors", () => {
  it("round-trip to the next offset", () => {
    expect(decodeCursor(encodeCursor(0))).toBe(1);
    expect(decodeCursor(encodeCursor(41))).toBe(42);
    expect(decodeCursor(null)).toBe(0);
  });

  it("refuse anything the API did not issue", () => {
    for (const bad of ["garbage", "", "o:-1", Buffer.from("o:1.5").toString("base64url"), "x".repeat(100)]) {
      expect(codeOf(() => decodeCursor(bad))).toBe("BAD_USER_INPUT");
    }
  });

  it("page info follows the slice", () => {
    const page = toPage(["a", "b"], 2, 5);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
      endCursor: encodeCursor(3),
    });
    expect(toPage([], 0, 0).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});

describe("argument checks", () => {
  it("accept ids of the expected kind", () => {
    expect(checkId("clm-0eaed1105b02b4e0", "id", "clm")).toBe("clm-0eaed1105b02b4e0");
    expect(checkIds(["act-a", "act-b"], "actorIds", "act")).toEqual(["act-a", "act-b"]);
    expect(checkIds(null, "actorIds", "act")).toBeNull();
  });

  it("refuse malformed or wrong-kind ids with BAD_USER_INPUT", () => {
    for (const bad of ['x" OR 1=1', "act-a", "clm-a b", "", "clm-" + "a".repeat(300), "clm-a}) DETACH DELETE n //"]) {
      expect(codeOf(() => checkId(bad, "id", "clm"))).toBe("BAD_USER_INPUT");
    }
    expect(codeOf(() => checkIds(Array(101).fill("act-a"), "actorIds", "act"))).toBe("BAD_USER_INPUT");
  });

  it("bound numbers", () => {
    expect(checkRange(100, "first", 0, 100)).toBe(100);
    expect(codeOf(() => checkRange(101, "first", 0, 100))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => checkRange(-1, "first", 0, 100))).toBe("BAD_USER_INPUT");
  });
});

describe("DateTime", () => {
  it("reads dates as midnight UTC and normalises date-times to UTC", () => {
    expect(parseDateTime("2021-12-30")).toBe("2021-12-30T00:00:00.000Z");
    expect(parseDateTime("2021-12-31T08:00:00+03:00")).toBe("2021-12-31T05:00:00.000Z");
    expect(parseDateTime("2021-12-30T21:30")).toBe("2021-12-30T21:30:00.000Z");
  });

  it("refuses what is not an ISO date", () => {
    for (const bad of ["yesterday", "2021-13-45", "30/12/2021", 20211230])
      expect(codeOf(() => parseDateTime(bad))).toBe("BAD_USER_INPUT");
  });
});

describe("tokens", () => {
  const tokens = { apiToken: "write-token-0123456789", readToken: "read-token-0123456789" };

  it("reads the bearer token", () => {
    expect(bearerToken({ authorization: "Bearer abc" })).toBe("abc");
    expect(bearerToken({ authorization: "Basic abc" })).toBeUndefined();
    expect(bearerToken({})).toBeUndefined();
  });

  it("grants reads and writes by token", () => {
    expect(accessOf(tokens.apiToken, tokens)).toEqual({ read: true, write: true });
    expect(accessOf(tokens.readToken, tokens)).toEqual({ read: true, write: false });
    expect(accessOf("nope", tokens)).toEqual({ read: false, write: false });
    expect(accessOf(undefined, { apiToken: tokens.apiToken })).toEqual({ read: true, write: false });
    expect(accessOf(tokens.apiToken.slice(0, -1), tokens).write).toBe(false);
  });

  it("tells a disabled server from a wrong token", () => {
    expect(codeOf(() => requireWrite({ read: true, write: false }, {}))).toBe("FORBIDDEN");
    expect(codeOf(() => requireWrite({ read: true, write: false }, tokens))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => requireWrite({ read: true, write: true }, tokens))).toBe("none");
  });
});

describe("apiConfig", () => {
  it("has safe defaults", () => {
    const c = apiConfig({});
    expect(c.apiToken).toBeUndefined();
    expect(c.corsOrigins).toEqual([]);
    expect(c.introspection).toBe(true);
    expect(c.development).toBe(false);
    expect(c.limits.maxPage).toBe(100);
  });

  it("reads the environment and names a bad variable without echoing a token", () => {
    const c = apiConfig({ CORS_ORIGINS: "http://a.test, http://b.test", RATE_LIMIT_MAX: "5", NODE_ENV: "production" });
    expect(c.corsOrigins).toEqual(["http://a.test", "http://b.test"]);
    expect(c.rateLimit.max).toBe(5);
    expect(c.introspection).toBe(false);
    expect(() => apiConfig({ API_TOKEN: "short" })).toThrow(/API_TOKEN=\(hidden\)/);
    expect(() => apiConfig({ REQUEST_TIMEOUT_MS: "soon" })).toThrow(/REQUEST_TIMEOUT_MS/);
  });
});
