// source-claims: per source, the claims it reported, by time of its first report, at most 100.
// Params: $ids (source ids).
UNWIND $ids AS id
MATCH (s:Source {id: id})
CALL (s) {
  MATCH (c:Claim)-[r:REPORTED_BY]->(s)
  WITH c, min(r.at) AS firstAt
  ORDER BY firstAt, c.id
  RETURN collect(c.id)[..100] AS claims
}
RETURN s.id AS id, claims
