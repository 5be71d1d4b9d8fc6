// claim-outlets: per claim, how many documents its travel has and the outlet-level path: each
// publisher once, in the order it first reported the claim (unknown times last), with its counts.
// Rejected mentions are left out, as in the travel. Params: $ids (claim ids).
UNWIND $ids AS id
MATCH (:Claim {id: id})<-[:OF]-(m:Mention)<-[:HAS_MENTION]-(d:Document)
WHERE m.reviewed IS NULL OR m.reviewed <> 'rejected'
OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(s:Source)
WITH id, s, count(DISTINCT d) AS documents, min(m.at) AS firstAt,
  sum(CASE m.stance WHEN 'asserted' THEN 1 ELSE 0 END) AS asserted,
  sum(CASE m.stance WHEN 'denied' THEN 1 ELSE 0 END) AS denied
ORDER BY firstAt IS NULL, firstAt, s.id
WITH id, sum(documents) AS steps,
  [o IN collect({source: s.id, documents: documents, firstAt: firstAt, asserted: asserted, denied: denied}) WHERE o.source IS NOT NULL] AS outlets
RETURN id, steps, outlets
