// graph-elements: the given claims, actors and sources as graph nodes, and the edges among them
// aggregated per (from, kind, to) with a count, the earliest time and (for stances) the mention
// ids behind them and how many are told through someone else's account (relayed, through). Read
// from the load's summaries (SPEAKS_ON, SUMMARY_IN, SOURCE_LINK, RELAY_LINK, PUBLICATIONS),
// not from mentions or documents: one row per pair of nodes, however many mentions link them.
// Times are epoch milliseconds (the API writes them as ISO strings): thousands of DateTime values
// cost the driver far more to decode than integers.
// Params: $claimIds, $actorIds, $sourceIds (the node set, lists); $relations: the edge kinds to
// return (GraphEdgeKind names).
CALL () {
  UNWIND $claimIds AS id
  MATCH (c:Claim {id: id})
  RETURN collect({id: c.id, kind: 'CLAIM', label: c.text, weight: coalesce(c.asserted, 0) + coalesce(c.denied, 0),
    time: c.firstSeen.epochMillis, contested: coalesce(c.asserted, 0) > 0 AND coalesce(c.denied, 0) > 0}) AS claims
}
CALL () {
  UNWIND $actorIds AS id
  MATCH (a:Actor {id: id})
  CALL (a) {
    OPTIONAL MATCH (a)-[r:SPEAKS_ON]->()
    RETURN min(r.firstAt) AS firstAt
  }
  // Only mentions are BY an actor: the count is its degree.
  RETURN collect({id: a.id, kind: 'ACTOR', label: a.name, weight: COUNT { (a)<-[:BY]-() }, time: firstAt.epochMillis,
    contested: EXISTS { (a)-[r:SPEAKS_ON]->(c:Claim) WHERE (r.asserted > 0 OR r.denied > 0) AND c.asserted > 0 AND c.denied > 0 }}) AS actors
}
CALL () {
  UNWIND $sourceIds AS id
  MATCH (s:Source {id: id})
  // Only documents are PUBLISHED_BY a source: the count is its degree.
  RETURN collect({id: s.id, kind: 'SOURCE', label: s.name, weight: COUNT { (s)<-[:PUBLISHED_BY]-() }, time: head([(s)-[p:PUBLICATIONS]->(s) | p.first]).epochMillis,
    contested: EXISTS { (s)<-[:REPORTED_BY]-(c:Claim) WHERE c.asserted > 0 AND c.denied > 0 }}) AS sources
}
CALL () {
  // From the claims' side: a claim has a speaker each, an actor may have spoken on thousands of claims.
  UNWIND $claimIds AS id
  MATCH (c:Claim {id: id})<-[r:SPEAKS_ON]-(a:Actor)
  WHERE a.id IN $actorIds
  UNWIND [
    {kind: 'ASSERTED', n: r.asserted, time: r.assertedAt.epochMillis, ids: r.assertedIds, relayed: r.assertedRelayed, relays: r.assertedRelays},
    {kind: 'DENIED', n: r.denied, time: r.deniedAt.epochMillis, ids: r.deniedIds, relayed: r.deniedRelayed, relays: r.deniedRelays}
  ] AS stance
  WITH a, c, stance WHERE stance.n > 0 AND stance.kind IN $relations
  // The relays' names, each once, in the order the relays first told the claim.
  WITH a, c, stance,
    [v IN stance.relays | coalesce(head(COLLECT { MATCH (p:Actor {id: v}) RETURN p.name }), head(COLLECT { MATCH (p:Source {id: v}) RETURN p.name }))] AS through
  RETURN collect({from: a.id, to: c.id, kind: stance.kind, weight: stance.n, time: stance.time,
    contested: coalesce(c.asserted, 0) > 0 AND coalesce(c.denied, 0) > 0, mentionIds: stance.ids,
    relayed: stance.relayed, through: reduce(names = [], x IN through | CASE WHEN x IS NULL OR x IN names THEN names ELSE names + x END)}) AS stances
}
CALL () {
  UNWIND $claimIds AS id
  MATCH (c:Claim {id: id})-[r:SUMMARY_IN]->(s:Source)
  WHERE s.id IN $sourceIds AND 'REPORTED_BY' IN $relations
  RETURN collect({from: c.id, to: s.id, kind: 'REPORTED_BY', weight: r.documents, time: r.first.epochMillis,
    contested: coalesce(c.asserted, 0) > 0 AND coalesce(c.denied, 0) > 0, mentionIds: []}) AS reports
}
CALL () {
  UNWIND $actorIds AS id
  MATCH (a:Actor {id: id})-[:PUBLISHES_AS]->(s:Source)
  WHERE s.id IN $sourceIds AND 'PUBLISHES_AS' IN $relations
  RETURN collect({from: a.id, to: s.id, kind: 'PUBLISHES_AS', weight: 1, time: null, contested: false, mentionIds: []}) AS voices
}
// The selected actors and sources: the far ends the summaries below keep (compared as nodes, not by id).
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
  RETURN collect(p) AS parties
}
// Citations and copies between sources and parties, from the load's SOURCE_LINK summaries.
CALL (parties) {
  UNWIND $sourceIds AS id
  MATCH (s:Source {id: id})-[l:SOURCE_LINK]->(p)
  WHERE p IN parties
  UNWIND [
    {kind: 'CITES', weight: l.cites, time: l.citesFirst.epochMillis},
    {kind: 'REPRINTS', weight: l.reprints, time: l.reprintsFirst.epochMillis},
    {kind: 'REPRINTS', weight: l.copies, time: l.copiesFirst.epochMillis}
  ] AS link
  WITH s, p, link WHERE link.weight > 0 AND link.kind IN $relations
  RETURN collect({from: s.id, to: p.id, kind: link.kind, weight: link.weight, time: link.time, contested: false, mentionIds: []}) AS citations
}
// Relays, from the load's RELAY_LINK summaries (a mention's via chain, nearest the outlet first, then
// the speaker: each party in it passes on the next one's account). Counted in mentions.
CALL (parties) {
  UNWIND parties AS p
  MATCH (p)-[l:RELAY_LINK]->(t)
  WHERE 'RELAYS' IN $relations AND t IN parties
  RETURN collect({from: p.id, to: t.id, kind: 'RELAYS', weight: l.mentions, time: l.first.epochMillis, contested: false, mentionIds: []}) AS relays
}
RETURN claims + actors + sources AS nodes, stances + reports + voices + citations + relays AS edges
