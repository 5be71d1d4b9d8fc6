// stats: counts of what is stored and the latest ETL run. No params.
CALL () {
  OPTIONAL MATCH (r:EtlRun)
  WITH r ORDER BY r.startedAt DESC
  RETURN head(collect(r)) AS run
}
RETURN COUNT { (:Document) } AS documents,
  COUNT { (:Source) } AS sources,
  COUNT { (:Actor) } AS actors,
  COUNT { (:Claim) } AS claims,
  COUNT { (:Mention) } AS mentions,
  COUNT { (c:Claim) WHERE c.asserted > 0 AND c.denied > 0 } AS contestedClaims,
  COUNT { (:Review) } AS reviews,
  run { .* } AS lastEtlRun
