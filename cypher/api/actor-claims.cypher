// actor-claims: per actor, the claims it asserted and denied, earliest first, at most 100 each.
// Params: $ids (actor ids).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (a)<-[:BY]-(m:Mention)-[:OF]->(c:Claim)
  WHERE coalesce(m.reviewed, '') <> 'rejected'
  WITH m.stance AS stance, c, min(m.at) AS firstAt
  ORDER BY firstAt, c.id
  RETURN collect(CASE WHEN stance = 'asserted' THEN c.id END)[..100] AS asserted,
         collect(CASE WHEN stance = 'denied' THEN c.id END)[..100] AS denied
}
RETURN a.id AS id, asserted, denied
