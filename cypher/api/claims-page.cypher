// claims-page: one page of claims matching the filters, in the chosen order, with the total.
// The search matches claim wordings, evidence, and the names of speakers and outlets.
// Params: $search (escaped Lucene query or null), $actorIds, $sourceIds (lists or null),
// $stance ('asserted' | 'denied' | null), $from, $to (ISO date-times or null),
// $contestedOnly (boolean), $sort ('FIRST_SEEN' | 'OUTLETS' | 'DENIALS'), $skip, $limit.
CALL () {
  WITH $search AS q WHERE q IS NULL
  MATCH (c:Claim)
  RETURN c
  UNION
  WITH $search AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('claimSearch', q) YIELD node
  RETURN node AS c
  UNION
  WITH $search AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('evidenceSearch', q) YIELD node
  MATCH (node)-[:OF]->(c:Claim)
  RETURN c
  UNION
  // A speaker's or an outlet's name finds what they said or carried.
  WITH $search AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('actorSearch', q) YIELD node
  MATCH (node)-[:ASSERTED|DENIED]->(c:Claim)
  RETURN c
  UNION
  WITH $search AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('sourceSearch', q) YIELD node
  MATCH (c:Claim)-[:REPORTED_BY]->(node)
  RETURN c
}
WITH c
WHERE (NOT $contestedOnly OR (c.asserted > 0 AND c.denied > 0))
  AND ($sourceIds IS NULL OR EXISTS { MATCH (c)-[:REPORTED_BY]->(s:Source) WHERE s.id IN $sourceIds })
  AND (($actorIds IS NULL AND $stance IS NULL AND $from IS NULL AND $to IS NULL) OR EXISTS {
    MATCH (c)<-[:OF]-(m:Mention)-[:BY]->(a:Actor)
    WHERE coalesce(m.reviewed, '') <> 'rejected'
      AND ($actorIds IS NULL OR a.id IN $actorIds)
      AND ($stance IS NULL OR m.stance = $stance)
      AND ($from IS NULL OR m.at >= datetime($from))
      AND ($to IS NULL OR m.at <= datetime($to))
  })
WITH c
ORDER BY
  CASE $sort WHEN 'OUTLETS' THEN c.outlets WHEN 'DENIALS' THEN c.denied END DESC,
  c.firstSeen, c.id
WITH collect(c) AS matching
RETURN size(matching) AS total,
  [c IN matching[$skip..($skip + $limit)] | c {.id, .text, .firstSeen, .outlets, .asserted, .denied, .shown, .steps}] AS claims
