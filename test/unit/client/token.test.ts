import { describe, expect, it } from "vitest";
import { askForToken, authHeaders, type TokenStore } from "../../../client/src/api/token.js";

const memory = (): TokenStore & { items: Map<string, string> } => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
};

describe("the client's read token", () => {
  it("sends no Authorization header until a token is given, then a bearer token", () => {
    const store = memory();
    expect(authHeaders(store)).toEqual({});
    expect(askForToken(() => "  read-token-0123456789  ", store)).toBe(true);
    expect(authHeaders(store)).toEqual({ authorization: "Bearer read-token-0123456789" });
  });

  it("forgets a refused token when none is given, so the error is shown", () => {
    const store = memory();
    askForToken(() => "wrong-token-0000000000", store);
    expect(askForToken(() => null, store)).toBe(false);
    expect(authHeaders(store)).toEqual({});
  });
});
