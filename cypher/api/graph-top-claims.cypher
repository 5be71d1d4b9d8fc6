// graph-top-claims: the most mentioned claims, where a graph with no starting point begins.
// Params: $limit.
MATCH (c:Claim)
RETURN c.id AS id
ORDER BY coalesce(c.asserted, 0) + coalesce(c.denied, 0) DESC, c.firstSeen, c.id
LIMIT $limit
