import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { apiError } from "./errors.js";

/** What the bearer of a request may do. */
export interface Access {
  read: boolean;
  write: boolean;
}

// Digests have equal length whatever was sent, so timingSafeEqual compares in constant time
// without leaking the token's length.
const digest = (s: string) => createHash("sha256").update(s).digest();
const same = (given: string | undefined, expected: string | undefined) =>
  given !== undefined && expected !== undefined && timingSafeEqual(digest(given), digest(expected));

export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? "");
  return match?.[1];
}

export function accessOf(token: string | undefined, tokens: { apiToken?: string; readToken?: string }): Access {
  const write = same(token, tokens.apiToken);
  const read = !tokens.readToken || write || same(token, tokens.readToken);
  return { read, write };
}

/** Throws the error a mutation gets when the request may not write. */
export function requireWrite(access: Access, tokens: { apiToken?: string }): void {
  if (!tokens.apiToken) {
    throw apiError("FORBIDDEN", "Mutations are disabled on this server: start it with API_TOKEN set to enable them.");
  }
  if (!access.write) {
    throw apiError(
      "UNAUTHENTICATED",
      "This mutation needs the API token: send the header Authorization: Bearer <API_TOKEN>.",
    );
  }
}

export const readDenied = () =>
  apiError(
    "UNAUTHENTICATED",
    "This server requires a token for reads: send the header Authorization: Bearer <READ_TOKEN>.",
  );
