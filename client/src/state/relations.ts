/**
 * Which relations a network expansion follows (as Neo4j Bloom lets one expand a node by
 * relationship type). In the URL each kind is one letter: `rel=av` follows asserts and relays;
 * no `rel` follows every kind. An opened node records the choice it was opened with
 * (`open=act-x~av`), so a link redraws the same expansions.
 */
import type { GraphEdgeKind } from "../api/schema-types.generated.js";

export const relationChoices: ReadonlyArray<{ code: string; kind: GraphEdgeKind; label: string }> = [
  { code: "a", kind: "ASSERTED", label: "asserts" },
  { code: "d", kind: "DENIED", label: "denies" },
  { code: "v", kind: "RELAYS", label: "relays (via)" },
  { code: "r", kind: "REPORTED_BY", label: "reported by" },
  { code: "c", kind: "CITES", label: "cites" },
  { code: "p", kind: "REPRINTS", label: "reprints" },
  { code: "s", kind: "PUBLISHES_AS", label: "speaks as" },
];

const allCodes = relationChoices.map((r) => r.code).join("");

/** Known letters, once each, in a fixed order; "" stands for every kind (and for all of them ticked). */
export function normalRelations(codes: string): string {
  const kept = relationChoices
    .map((r) => r.code)
    .filter((c) => codes.includes(c))
    .join("");
  return kept === allCodes ? "" : kept;
}

/** The API's `relations` argument; undefined follows every kind. */
export function relationKinds(codes: string): GraphEdgeKind[] | undefined {
  return codes ? relationChoices.filter((r) => codes.includes(r.code)).map((r) => r.kind) : undefined;
}

/** Names of the followed kinds, for messages. */
export function relationNames(codes: string): string {
  return codes
    ? relationChoices
        .filter((r) => codes.includes(r.code))
        .map((r) => r.label)
        .join(", ")
    : "every relation";
}

export function openEntry(id: string, codes: string): string {
  return codes ? `${id}~${codes}` : id;
}

export function parseOpenEntry(entry: string): { id: string; codes: string } {
  const [id, codes = ""] = entry.split("~");
  return { id, codes: normalRelations(codes) };
}
