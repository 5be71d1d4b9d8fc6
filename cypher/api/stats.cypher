// stats: counts of what is stored, the latest ETL run, and the corpora whose latest run did not
// complete (the graph holds part of them until a run completes). No params.
CALL () {
  OPTIONAL MATCH (r:EtlRun)
  WITH r ORDER BY r.startedAt DESC
  RETURN head(collect(r)) AS run
}
CALL () {
  OPTIONAL MATCH (r:EtlRun)
  WITH r.corpus AS corpus, r ORDER BY r.startedAt DESC
  WITH corpus, head(collect(r.status)) AS latest
  RETURN [c IN collect(CASE WHEN latest <> 'completed' THEN corpus END) WHERE c IS NOT NULL] AS incompleteCorpora
}
RETURN COUNT { (:Document) } AS documents,
  COUNT { (:Source) } AS sources,
  COUNT { (:Actor) } AS actors,
  COUNT { (:Claim) } AS claims,
  COUNT { (:Mention) } AS mentions,
  COUNT { (c:Claim) WHERE c.asserted > 0 AND c.denied > 0 } AS contestedClaims,
  COUNT { (:Review) } AS reviews,
  run { .* } AS lastEtlRun,
  incompleteCorpora
