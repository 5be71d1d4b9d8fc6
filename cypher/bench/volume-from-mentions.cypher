// What the volume strip's per-day counts cost without the load's VOLUME summaries: the same
// counts as cypher/api/claim-volume, from every mention of the claim. For bench/claim-volume.ts.
// Params: $id (claim id).
MATCH (c:Claim {id: $id})<-[:OF]-(m:Mention)
WHERE coalesce(m.reviewed, '') <> 'rejected' AND m.at IS NOT NULL
OPTIONAL MATCH (m)<-[:HAS_MENTION]-(:Document)-[:PUBLISHED_BY]->(s:Source)
WITH date(datetime({epochMillis: m.at.epochMillis})) AS day, m.stance AS stance, s.kind AS kind
RETURN toString(day) AS day, count(CASE stance WHEN 'asserted' THEN 1 END) AS asserted,
  count(CASE stance WHEN 'denied' THEN 1 END) AS denied, collect(DISTINCT kind) AS kinds
ORDER BY day
