// claims-by-id: claims with their summary counts (written by the load), in any order.
// Params: $ids (claim ids).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c {.id, .text, .firstSeen, .outlets, .asserted, .denied, .shown, .steps} AS claim
