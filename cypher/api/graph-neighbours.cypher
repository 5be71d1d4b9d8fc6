// graph-neighbours: the claims, actors and sources one hop away from the given ones, with a
// weight to rank them (mentions for claims and actors, documents for sources). A hop is an
// ASSERTED/DENIED, REPORTED_BY or PUBLISHES_AS edge, or a source's documents citing or
// reprinting an actor or source, read from the load's SOURCE_LINK summaries (one edge per pair,
// however many documents), or a relay (RELAYS: one party's account passing on another's, read from
// the mentions' via chains, speaker last). Params: $claimIds, $actorIds, $sourceIds (lists, may be
// []); $relations: the edge kinds a hop may follow (GraphEdgeKind names).
CALL () {
  UNWIND $claimIds AS id
  MATCH (:Claim {id: id})<-[r:ASSERTED|DENIED]-(n:Actor)
  WHERE type(r) IN $relations
  RETURN n
  UNION
  UNWIND $claimIds AS id
  MATCH (:Claim {id: id})-[:SUMMARY_IN]->(n:Source)
  WHERE 'REPORTED_BY' IN $relations
  RETURN n
  UNION
  UNWIND $actorIds AS id
  MATCH (:Actor {id: id})-[r:ASSERTED|DENIED]->(n:Claim)
  WHERE type(r) IN $relations
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
  // A mention's chain is its via list (nearest the outlet first) then its speaker: each party in it
  // relays the next one's account. The neighbours of a party are the ones beside it in a chain.
  UNWIND $actorIds + $sourceIds AS id
  WITH id WHERE 'RELAYS' IN $relations
  CALL (id) {
    MATCH (:Actor {id: id})<-[:VIA]-(m:Mention)
    RETURN m
    UNION
    MATCH (:Source {id: id})<-[:VIA]-(m:Mention)
    RETURN m
    UNION
    MATCH (:Actor {id: id})<-[:BY]-(m:Mention)
    WHERE size(m.via) > 0
    RETURN m
  }
  WITH id, m.via + [m.actor] AS chain
  UNWIND [i IN range(0, size(chain) - 1) WHERE chain[i] = id] AS i
  UNWIND [j IN [i - 1, i + 1] WHERE j >= 0 AND j < size(chain) | chain[j]] AS other
  WITH DISTINCT other
  OPTIONAL MATCH (a:Actor {id: other})
  OPTIONAL MATCH (s:Source {id: other})
  WITH coalesce(a, s) AS n
  WHERE n IS NOT NULL
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
