// claim-outlets: per claim, how many documents its travel has and the outlet-level path: each
// publisher once, in the order it first reported the claim (unknown times last), with its counts.
// Rejected mentions are left out, as in the travel. Read from the load's summaries (Claim.steps,
// SUMMARY_IN), so a claim reported by thousands of documents costs one row per outlet.
// Params: $ids (claim ids).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  OPTIONAL MATCH (c)-[r:SUMMARY_IN]->(s:Source)
  WITH r, s ORDER BY r.first IS NULL, r.first, s.id
  RETURN [o IN collect({source: s.id, documents: r.documents, firstAt: r.first, asserted: r.asserted, denied: r.denied}) WHERE o.source IS NOT NULL] AS outlets
}
RETURN id, coalesce(c.steps, 0) AS steps, outlets
