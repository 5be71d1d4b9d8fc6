/**
 * The read token, when the server is started with READ_TOKEN: asked once, kept for this tab only
 * (sessionStorage, so closing the tab forgets it), sent as `Authorization: Bearer …`.
 */
const KEY = "nne-read-token";

export interface TokenStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const session = (): TokenStore | null => (typeof sessionStorage === "undefined" ? null : sessionStorage);

/** The headers a request carries: the token's, when one is kept. */
export function authHeaders(store: TokenStore | null = session()): Record<string, string> {
  const token = store?.getItem(KEY);
  return token ? { authorization: `Bearer ${token}` } : {};
}

/**
 * After the server answered UNAUTHENTICATED: asks for a token (`ask`, a prompt in the page by
 * default) and keeps it; false when none was given, so the caller shows the error instead.
 */
export function askForToken(
  ask: (message: string) => string | null = (m) => window.prompt(m),
  store: TokenStore | null = session(),
): boolean {
  const given = ask("This server needs a read token. Paste it here (it is kept in this tab only):")?.trim();
  if (!given) {
    store?.removeItem(KEY);
    return false;
  }
  store?.setItem(KEY, given);
  return true;
}
