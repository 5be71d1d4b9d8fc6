// The claims with the most mentions shown, most first, with how many: for bench/claim-volume.ts.
// Params: $limit.
MATCH (c:Claim)
RETURN c.id AS id, c.shown AS mentions
ORDER BY c.shown DESC, c.id
LIMIT $limit
