// Claim summary properties for sorting and lists, written only where they changed. `steps` (the
// travel's length) and `shown` (mentions not rejected) leave rejected mentions out, as the API does.
// $claims: the claim ids to refresh, or null for all.
MATCH (c:Claim)
WHERE $claims IS NULL OR c.id IN $claims
CALL (c) {
  MATCH (c)<-[:OF]-(m:Mention)
  WITH c, m, coalesce(m.reviewed, '') <> 'rejected' AS shown
  WITH c, min(m.at) AS firstSeen, max(m.at) AS lastSeen, count(DISTINCT m.document) AS documents, count(m) AS mentions,
    count(DISTINCT CASE WHEN shown THEN m.document END) AS steps, count(CASE WHEN shown THEN m END) AS shown
  WITH c, {
    firstSeen: firstSeen,
    lastSeen: lastSeen,
    documents: documents,
    mentions: mentions,
    steps: steps,
    shown: shown,
    outlets: COUNT { MATCH (c)-[:REPORTED_BY]->(s:Source) RETURN DISTINCT s },
    asserted: COUNT { (c)<-[:ASSERTED]-() },
    denied: COUNT { (c)<-[:DENIED]-() }
  } AS summary
  WHERE any(k IN keys(summary) WHERE NOT coalesce(c[k] = summary[k], c[k] IS NULL AND summary[k] IS NULL))
  SET c += summary
} IN TRANSACTIONS OF 2000 ROWS
