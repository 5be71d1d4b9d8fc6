// Per claim and speaker, the summary the graph view reads instead of the claim's mentions and
// edges: (:Actor)-[:SPEAKS_ON]->(:Claim), one per actor some mention of the claim is BY.
//   mentions, firstAt: its mentions of the claim (BY, rejected ones included) and their earliest time;
//   asserted / denied: its ASSERTED / DENIED edges to the claim (rejected mentions have none), with
//   *At the earliest time, *Ids the first 20 edge ids (by time, then id), *Relayed how many are told
//   through a relay and *Relays the distinct nearest relays (via[0]) in that order.
// Rewritten whole for each claim named. $claims: the claim ids to refresh, or null for all.
MATCH (c:Claim)
WHERE $claims IS NULL OR c.id IN $claims
CALL (c) {
  CALL (c) {
    MATCH (c)<-[r:SPEAKS_ON]-()
    DELETE r
  }
  CALL (c) {
    MATCH (c)<-[r:ASSERTED|DENIED]-(a:Actor)
    WITH a, type(r) AS kind, r ORDER BY r.at, r.id
    WITH a, kind, count(r) AS n, min(r.at) AS first, collect(r.id)[..20] AS ids, collect(r.via[0]) AS relays
    RETURN collect({actor: a.id, kind: kind, n: n, first: first, ids: ids, relayed: size(relays),
      relays: reduce(seen = [], v IN relays | CASE WHEN v IN seen THEN seen ELSE seen + v END)}) AS stances
  }
  MATCH (c)<-[:OF]-(m:Mention)-[:BY]->(a:Actor)
  WITH c, stances, a, count(m) AS mentions, min(m.at) AS firstAt
  WITH c, a, mentions, firstAt,
    head([s IN stances WHERE s.actor = a.id AND s.kind = 'ASSERTED']) AS asserted,
    head([s IN stances WHERE s.actor = a.id AND s.kind = 'DENIED']) AS denied
  CREATE (a)-[:SPEAKS_ON {mentions: mentions, firstAt: firstAt,
    asserted: coalesce(asserted.n, 0), assertedAt: asserted.first, assertedIds: coalesce(asserted.ids, []),
    assertedRelayed: coalesce(asserted.relayed, 0), assertedRelays: coalesce(asserted.relays, []),
    denied: coalesce(denied.n, 0), deniedAt: denied.first, deniedIds: coalesce(denied.ids, []),
    deniedRelayed: coalesce(denied.relayed, 0), deniedRelays: coalesce(denied.relays, [])}]->(c)
} IN TRANSACTIONS OF 500 ROWS
