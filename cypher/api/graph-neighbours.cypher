// graph-neighbours: the claims, actors and sources one hop away from the given ones, with a
// weight to rank them (mentions for claims and actors, documents for sources). A hop is an
// ASSERTED/DENIED edge (read from the load's SPEAKS_ON summaries: one per actor and claim, however
// many mentions), a REPORTED_BY edge (SUMMARY_IN: one per claim and outlet) or PUBLISHES_AS, or a
// source's documents citing or reprinting an actor or source (SOURCE_LINK: one per pair, however
// many documents), or a relay (RELAY_LINK: one party's account passed on by another, one per pair,
// however many mentions). Params: $claimIds, $actorIds, $sourceIds (lists, may be []); $relations:
// the edge kinds a hop may follow (GraphEdgeKind names).
CALL () {
  UNWIND $claimIds AS id
  MATCH (:Claim {id: id})<-[r:SPEAKS_ON]-(n:Actor)
  WHERE (r.asserted > 0 AND 'ASSERTED' IN $relations) OR (r.denied > 0 AND 'DENIED' IN $relations)
  RETURN n
  UNION
  UNWIND $claimIds AS id
  MATCH (:Claim {id: id})-[:SUMMARY_IN]->(n:Source)
  WHERE 'REPORTED_BY' IN $relations
  RETURN n
  UNION
  UNWIND $actorIds AS id
  MATCH (:Actor {id: id})-[r:SPEAKS_ON]->(n:Claim)
  WHERE (r.asserted > 0 AND 'ASSERTED' IN $relations) OR (r.denied > 0 AND 'DENIED' IN $relations)
  RETURN n
  UNION
  UNWIND $actorIds AS id
  MATCH (:Actor {id: id})-[:PUBLISHES_AS]->(n:Source)
  WHERE 'PUBLISHES_AS' IN $relations
  RETURN n
  UNION
  UNWIND $actorIds AS id
  MATCH (:Actor {id: id})<-[l:SOURCE_LINK]-(n:Source)
  WHERE (l.cites > 0 AND 'CITES' IN $relations) OR (l.reprints > 0 AND 'REPRINTS' IN $relations)
  RETURN n
  UNION
  UNWIND $sourceIds AS id
  MATCH (:Source {id: id})<-[:SUMMARY_IN]-(n:Claim)
  WHERE 'REPORTED_BY' IN $relations
  RETURN n
  UNION
  UNWIND $sourceIds AS id
  MATCH (:Source {id: id})<-[:PUBLISHES_AS]-(n:Actor)
  WHERE 'PUBLISHES_AS' IN $relations
  RETURN n
  UNION
  UNWIND $sourceIds AS id
  MATCH (:Source {id: id})-[l:SOURCE_LINK]-(n)
  WHERE (l.cites > 0 AND 'CITES' IN $relations) OR ((l.reprints > 0 OR l.copies > 0) AND 'REPRINTS' IN $relations)
  RETURN n
  UNION
  UNWIND $actorIds + $sourceIds AS id
  CALL (id) {
    MATCH (p:Actor {id: id})
    RETURN p
    UNION
    MATCH (p:Source {id: id})
    RETURN p
  }
  MATCH (p)-[:RELAY_LINK]-(n)
  WHERE 'RELAYS' IN $relations
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
