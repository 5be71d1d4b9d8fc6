// The claim's travel order, stored on its mentions so that a page is an index seek on
// Mention(claim, step) or Mention(claim, rank) (schema 005) instead of a sort of all of them.
// step: the 1-based place of the mention's document in the claim's travel (travel.ts byTime: the
// document's earliest mention time, unknown last, then its id); rank: the mention's place among
// the claim's mentions (then by offset). Rejected mentions have neither. Written only where changed.
// $claims: the claim ids to refresh, or null for all.
MATCH (c:Claim)
WHERE $claims IS NULL OR c.id IN $claims
CALL (c) {
  CALL (c) {
    MATCH (c)<-[:OF]-(m:Mention {reviewed: 'rejected'})
    WHERE m.step IS NOT NULL OR m.rank IS NOT NULL
    REMOVE m.step, m.rank
  }
  MATCH (c)<-[:OF]-(m:Mention)
  WHERE coalesce(m.reviewed, '') <> 'rejected'
  WITH m.document AS document, min(m.at) AS at, collect(m) AS ms
  ORDER BY at IS NULL, at, document
  WITH collect(ms) AS steps
  UNWIND range(1, size(steps)) AS step
  UNWIND steps[step - 1] AS m
  WITH m, step ORDER BY step, m.start, m.id
  WITH collect({m: m, step: step}) AS ordered
  UNWIND range(1, size(ordered)) AS rank
  WITH ordered[rank - 1].m AS m, ordered[rank - 1].step AS step, rank
  WHERE m.step IS NULL OR m.step <> step OR m.rank <> rank
  SET m.step = step, m.rank = rank
} IN TRANSACTIONS OF 500 ROWS
