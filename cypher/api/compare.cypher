// compare: for one claim, every source that published documents, with the mentions of the claim
// in its documents (ids, in time order) and their stances. Params: $claimId.
MATCH (c:Claim {id: $claimId})
MATCH (s:Source) WHERE EXISTS { (s)<-[:PUBLISHED_BY]-(:Document) }
CALL (c, s) {
  OPTIONAL MATCH (s)<-[:PUBLISHED_BY]-(:Document)-[:HAS_MENTION]->(m:Mention)-[:OF]->(c)
  WHERE coalesce(m.reviewed, '') <> 'rejected'
  WITH m ORDER BY m.at, m.document, m.start
  RETURN count(CASE WHEN m.stance = 'asserted' THEN 1 END) AS asserted,
         count(CASE WHEN m.stance = 'denied' THEN 1 END) AS denied,
         min(m.at) AS firstAt,
         collect(m.id) AS mentions
}
RETURN c.id AS claim, s.id AS source, s.name AS name, asserted, denied, firstAt, mentions
