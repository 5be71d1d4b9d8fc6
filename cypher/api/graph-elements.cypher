// graph-elements: the given claims, actors and sources as graph nodes, and the edges among them
// aggregated per (from, kind, to) with a count, the earliest time and (for stances) the mention
// ids behind them and how many are told through someone else's account (relayed, through). Params: $claimIds, $actorIds, $sourceIds (the node set, lists).
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
  WHERE c.id IN $claimIds
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
  MATCH (c:Claim {id: id})-[r:REPORTED_BY]->(s:Source)
  WHERE s.id IN $sourceIds
  WITH c, s, count(r) AS n, min(r.at) AS firstAt
  RETURN collect({from: c.id, to: s.id, kind: 'REPORTED_BY', weight: n, time: firstAt,
    contested: coalesce(c.asserted, 0) > 0 AND coalesce(c.denied, 0) > 0, mentionIds: []}) AS reports
}
CALL () {
  UNWIND $actorIds AS id
  MATCH (a:Actor {id: id})-[:PUBLISHES_AS]->(s:Source)
  WHERE s.id IN $sourceIds
  RETURN collect({from: a.id, to: s.id, kind: 'PUBLISHES_AS', weight: 1, time: null, contested: false, mentionIds: []}) AS voices
}
CALL () {
  UNWIND $sourceIds AS id
  MATCH (s:Source {id: id})<-[:PUBLISHED_BY]-(d:Document)-[c:CITES]->(p)
  WHERE p <> s AND ((p:Actor AND p.id IN $actorIds) OR (p:Source AND p.id IN $sourceIds))
  WITH s, p, CASE c.kind WHEN 'reprint' THEN 'REPRINTS' ELSE 'CITES' END AS kind, d
  WITH s, p, kind, count(DISTINCT d) AS n, min(d.publishedAt) AS firstAt
  RETURN collect({from: s.id, to: p.id, kind: kind, weight: n, time: firstAt, contested: false, mentionIds: []}) AS citations
}
CALL () {
  UNWIND $sourceIds AS id
  MATCH (s:Source {id: id})<-[:PUBLISHED_BY]-(d:Document)-[:REPRINTS]->(:Document)-[:PUBLISHED_BY]->(o:Source)
  WHERE o <> s AND o.id IN $sourceIds
  WITH s, o, count(DISTINCT d) AS n, min(d.publishedAt) AS firstAt
  RETURN collect({from: s.id, to: o.id, kind: 'REPRINTS', weight: n, time: firstAt, contested: false, mentionIds: []}) AS reprints
}
RETURN claims + actors + sources AS nodes, stances + reports + voices + citations + reprints AS edges
