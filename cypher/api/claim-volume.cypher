// claim-volume: per claim, its mentions per UTC day, earliest first, read from the load's VOLUME
// summaries (cypher/load/claim-days.cypher): one row per day however many mentions the claim has.
// Params: $ids (claim ids).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  OPTIONAL MATCH (c)-[v:VOLUME]->(c)
  WITH v ORDER BY v.day
  RETURN [x IN collect(v) | {day: toString(x.day), asserted: x.asserted, denied: x.denied,
    byKind: [i IN range(0, size(x.kinds) - 1) | {kind: CASE x.kinds[i] WHEN '' THEN null ELSE x.kinds[i] END,
      count: x.kindCounts[i]}]}] AS days
}
RETURN id, days
