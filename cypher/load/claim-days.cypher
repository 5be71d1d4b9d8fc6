// Per claim and UTC day, the volume strip under its travel: how many of its mentions assert and
// deny it that day, and the kinds of outlet that carried them. Stored as
// (:Claim)-[:VOLUME {day, asserted, denied, kinds, kindCounts}]->(the same claim), one per day
// with a known mention time (rejected mentions left out, as in the travel): a self-loop goes when
// its claim goes, and the API reads one row per day however many mentions the claim has. `kinds`
// and `kindCounts` are parallel lists, kinds sorted; '' is a document with no publisher.
// Rewritten whole for each claim named.
// $claims: the claim ids to refresh, or null for all.
MATCH (c:Claim)
WHERE $claims IS NULL OR c.id IN $claims
CALL (c) {
  CALL (c) {
    MATCH (c)-[v:VOLUME]->(c)
    DELETE v
  }
  MATCH (c)<-[:OF]-(m:Mention)
  WHERE coalesce(m.reviewed, '') <> 'rejected' AND m.at IS NOT NULL
  OPTIONAL MATCH (m)<-[:HAS_MENTION]-(:Document)-[:PUBLISHED_BY]->(s:Source)
  WITH c, date(datetime({epochMillis: m.at.epochMillis})) AS day, m.stance AS stance, coalesce(s.kind, '') AS kind
  WITH c, day, kind, count(CASE stance WHEN 'asserted' THEN 1 END) AS asserted,
    count(CASE stance WHEN 'denied' THEN 1 END) AS denied
  ORDER BY kind
  WITH c, day, sum(asserted) AS asserted, sum(denied) AS denied, collect(kind) AS kinds,
    collect(asserted + denied) AS kindCounts
  CREATE (c)-[:VOLUME {day: day, asserted: asserted, denied: denied, kinds: kinds, kindCounts: kindCounts}]->(c)
} IN TRANSACTIONS OF 500 ROWS
