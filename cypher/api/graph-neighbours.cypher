// graph-neighbours: the claims, actors and sources one hop away from the given ones, with a
// weight to rank them (mentions for claims and actors, documents for sources). A hop is an
// ASSERTED/DENIED, REPORTED_BY or PUBLISHES_AS edge, or a source's documents citing or
// reprinting an actor or source, read from the load's SOURCE_LINK summaries (one edge per pair,
// however many documents). Params: $claimIds, $actorIds, $sourceIds (lists, may be []).
CALL () {
  UNWIND $claimIds AS id
  MATCH (:Claim {id: id})<-[:ASSERTED|DENIED]-(n:Actor)
  RETURN n
  UNION
  UNWIND $claimIds AS id
  MATCH (:Claim {id: id})-[:SUMMARY_IN]->(n:Source)
  RETURN n
  UNION
  UNWIND $actorIds AS id
  MATCH (:Actor {id: id})-[:ASSERTED|DENIED]->(n:Claim)
  RETURN n
  UNION
  UNWIND $actorIds AS id
  MATCH (:Actor {id: id})-[:PUBLISHES_AS]->(n:Source)
  RETURN n
  UNION
  UNWIND $actorIds AS id
  MATCH (:Actor {id: id})<-[l:SOURCE_LINK]-(n:Source)
  WHERE l.cites + l.reprints > 0
  RETURN n
  UNION
  UNWIND $sourceIds AS id
  MATCH (:Source {id: id})<-[:SUMMARY_IN]-(n:Claim)
  RETURN n
  UNION
  UNWIND $sourceIds AS id
  MATCH (:Source {id: id})<-[:PUBLISHES_AS]-(n:Actor)
  RETURN n
  UNION
  UNWIND $sourceIds AS id
  MATCH (:Source {id: id})-[l:SOURCE_LINK]->(n)
  WHERE l.cites + l.reprints > 0
  RETURN n
  UNION
  UNWIND $sourceIds AS id
  MATCH (:Source {id: id})<-[l:SOURCE_LINK]-(n:Source)
  WHERE l.cites + l.reprints > 0
  RETURN n
  UNION
  UNWIND $sourceIds AS id
  MATCH (:Source {id: id})-[l:SOURCE_LINK]-(n:Source)
  WHERE l.copies > 0
  RETURN n
}
WITH DISTINCT n
RETURN n.id AS id,
  CASE WHEN n:Claim THEN 'CLAIM' WHEN n:Actor THEN 'ACTOR' ELSE 'SOURCE' END AS kind,
  // Only mentions are BY an actor and only documents PUBLISHED_BY a source: without a label on the
  // far end, each count is the node's degree, read without visiting its thousands of neighbours.
  CASE
    WHEN n:Claim THEN coalesce(n.asserted, 0) + coalesce(n.denied, 0)
    WHEN n:Actor THEN COUNT { (n)<-[:BY]-() }
    ELSE COUNT { (n)<-[:PUBLISHED_BY]-() }
  END AS weight
