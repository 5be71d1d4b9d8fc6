// graph-elements: the given claims, actors and sources as graph nodes, and the edges among them
// aggregated per (from, kind, to) with a count, the earliest time and (for stances) the mention
// ids behind them and how many are told through someone else's account (relayed, through). Params: $claimIds, $actorIds, $sourceIds (the node set, lists);
// $relations: the edge kinds to return (GraphEdgeKind names).
CALL () {
  UNWIND $claimIds AS id
  MATCH (c:Claim {id: id})
  RETURN collect({id: c.id, kind: 'CLAIM', label: c.text, weight: coalesce(c.asserted, 0) + coalesce(c.denied, 0),
    time: c.firstSeen, contested: coalesce(c.asserted, 0) > 0 AND coalesce(c.denied, 0) > 0}) AS claims
}
CALL () {
  UNWIND $actorIds AS id
  MATCH (a:Actor {id: id})
  CALL (a) {
    OPTIONAL MATCH (a)<-[:BY]-(m:Mention)
    RETURN count(m) AS mentions, min(m.at) AS firstAt
  }
  RETURN collect({id: a.id, kind: 'ACTOR', label: a.name, weight: mentions, time: firstAt,
    contested: EXISTS { (a)-[:ASSERTED|DENIED]->(c:Claim) WHERE c.asserted > 0 AND c.denied > 0 }}) AS actors
}
CALL () {
  UNWIND $sourceIds AS id
  MATCH (s:Source {id: id})
  CALL (s) {
    OPTIONAL MATCH (s)<-[:PUBLISHED_BY]-(d:Document)
    RETURN count(d) AS documents, min(d.publishedAt) AS firstAt
  }
  RETURN collect({id: s.id, kind: 'SOURCE', label: s.name, weight: documents, time: firstAt,
    contested: EXISTS { (s)<-[:REPORTED_BY]-(c:Claim) WHERE c.asserted > 0 AND c.denied > 0 }}) AS sources
}
CALL () {
  UNWIND $actorIds AS id
  MATCH (a:Actor {id: id})-[r:ASSERTED|DENIED]->(c:Claim)
  WHERE c.id IN $claimIds AND type(r) IN $relations
  WITH a, c, type(r) AS kind, r ORDER BY r.at, r.id
  // r.via: the relays the document names, nearest the outlet first; [][0] is null, which collect skips.
  WITH a, c, kind, count(r) AS n, min(r.at) AS firstAt, collect(r.id)[..20] AS mentionIds, collect(r.via[0]) AS relays
  WITH a, c, kind, n, firstAt, mentionIds, size(relays) AS relayed,
    [v IN relays | coalesce(head(COLLECT { MATCH (p:Actor {id: v}) RETURN p.name }), head(COLLECT { MATCH (p:Source {id: v}) RETURN p.name }))] AS through
  RETURN collect({from: a.id, to: c.id, kind: kind, weight: n, time: firstAt,
    contested: coalesce(c.asserted, 0) > 0 AND coalesce(c.denied, 0) > 0, mentionIds: mentionIds,
    relayed: relayed, through: reduce(names = [], x IN through | CASE WHEN x IS NULL OR x IN names THEN names ELSE names + x END)}) AS stances
}
CALL () {
  UNWIND $claimIds AS id
  MATCH (c:Claim {id: id})-[r:SUMMARY_IN]->(s:Source)
  WHERE s.id IN $sourceIds AND 'REPORTED_BY' IN $relations
  RETURN collect({from: c.id, to: s.id, kind: 'REPORTED_BY', weight: r.documents, time: r.first,
    contested: coalesce(c.asserted, 0) > 0 AND coalesce(c.denied, 0) > 0, mentionIds: []}) AS reports
}
CALL () {
  UNWIND $actorIds AS id
  MATCH (a:Actor {id: id})-[:PUBLISHES_AS]->(s:Source)
  WHERE s.id IN $sourceIds AND 'PUBLISHES_AS' IN $relations
  RETURN collect({from: a.id, to: s.id, kind: 'PUBLISHES_AS', weight: 1, time: null, contested: false, mentionIds: []}) AS voices
}
// Citations and copies between sources and parties, from the load's SOURCE_LINK summaries.
CALL () {
  UNWIND $sourceIds AS id
  MATCH (s:Source {id: id})-[l:SOURCE_LINK]->(p)
  WHERE (p:Actor AND p.id IN $actorIds) OR (p:Source AND p.id IN $sourceIds)
  UNWIND [
    {kind: 'CITES', weight: l.cites, time: l.citesFirst},
    {kind: 'REPRINTS', weight: l.reprints, time: l.reprintsFirst},
    {kind: 'REPRINTS', weight: l.copies, time: l.copiesFirst}
  ] AS link
  WITH s, p, link WHERE link.weight > 0 AND link.kind IN $relations
  RETURN collect({from: s.id, to: p.id, kind: link.kind, weight: link.weight, time: link.time, contested: false, mentionIds: []}) AS citations
}
// Relays, from the mentions' via chains (nearest the outlet first, then the speaker): each party
// in a chain passes on the next one's account. Counted in mentions.
CALL () {
  CALL () {
    UNWIND $actorIds AS id
    MATCH (p:Actor {id: id})
    RETURN p
    UNION
    UNWIND $sourceIds AS id
    MATCH (p:Source {id: id})
    RETURN p
  }
  MATCH (p)<-[:VIA]-(m:Mention)
  WHERE 'RELAYS' IN $relations
  WITH p, m, m.via + [m.actor] AS chain
  UNWIND [i IN range(0, size(chain) - 2) WHERE chain[i] = p.id | chain[i + 1]] AS told
  WITH p, told, m
  WHERE told IN $actorIds OR told IN $sourceIds
  WITH p, told, count(DISTINCT m) AS n, min(m.at) AS firstAt
  RETURN collect({from: p.id, to: told, kind: 'RELAYS', weight: n, time: firstAt, contested: false, mentionIds: []}) AS relays
}
RETURN claims + actors + sources AS nodes, stances + reports + voices + citations + relays AS edges
