// Per claim and outlet, the summary the API's claim, travel and compare views read instead of the
// claim's mentions: (:Claim)-[:SUMMARY_IN {documents, first, last, asserted, denied}]->(:Source),
// one per publisher of a document mentioning the claim (rejected mentions left out; first and
// last are mention times, absent when unknown). Rewritten whole for each claim named.
// $claims: the claim ids to refresh, or null for all.
MATCH (c:Claim)
WHERE $claims IS NULL OR c.id IN $claims
CALL (c) {
  CALL (c) {
    MATCH (c)-[r:SUMMARY_IN]->()
    DELETE r
  }
  MATCH (c)<-[:OF]-(m:Mention)<-[:HAS_MENTION]-(d:Document)-[:PUBLISHED_BY]->(s:Source)
  WHERE coalesce(m.reviewed, '') <> 'rejected'
  WITH c, s, count(DISTINCT d) AS documents, min(m.at) AS first, max(m.at) AS last,
    count(CASE m.stance WHEN 'asserted' THEN 1 END) AS asserted,
    count(CASE m.stance WHEN 'denied' THEN 1 END) AS denied
  CREATE (c)-[:SUMMARY_IN {documents: documents, first: first, last: last, asserted: asserted, denied: denied}]->(s)
} IN TRANSACTIONS OF 500 ROWS
