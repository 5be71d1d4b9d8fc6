// Claim summary properties for sorting and lists, written only where they changed.
// $claims: the claim ids to refresh, or null for all.
MATCH (c:Claim)
WHERE $claims IS NULL OR c.id IN $claims
CALL (c) {
  MATCH (c)<-[:OF]-(m:Mention)
  WITH c, min(m.at) AS firstSeen, max(m.at) AS lastSeen, count(DISTINCT m.document) AS documents, count(m) AS mentions
  WITH c, {
    firstSeen: firstSeen,
    lastSeen: lastSeen,
    documents: documents,
    mentions: mentions,
    outlets: COUNT { MATCH (c)-[:REPORTED_BY]->(s:Source) RETURN DISTINCT s },
    asserted: COUNT { (c)<-[:ASSERTED]-() },
    denied: COUNT { (c)<-[:DENIED]-() }
  } AS summary
  WHERE any(k IN keys(summary) WHERE NOT coalesce(c[k] = summary[k], c[k] IS NULL AND summary[k] IS NULL))
  SET c += summary
} IN TRANSACTIONS OF 2000 ROWS
