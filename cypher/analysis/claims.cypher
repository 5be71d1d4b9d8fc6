// Question: Which claims match these words, and how widely were they reported?
//
// Parameters:
//   $text   string, required  a full-text (Lucene) query on the claim's wording or on any evidence
//                             quoting it: words, "an exact phrase", prefix*, a OR b
//   $limit  integer = 25      at most this many claims
//
// Columns:
//   claim      the claim's id, to pass as $claim to the other queries
//   text       its canonical wording
//   firstSeen  when it was first reported
//   outlets    how many outlets reported it
//   asserted   how many mentions assert it
//   denied     how many mentions deny it
//   score      how well it matches $text (best of the claim's wording and its evidence)
//
// Example:
//   :param text => 'offensive weapons Ukraine'
//   npm run cypher -- claims --text "offensive weapons Ukraine"
//
// Uses the full-text indexes claimSearch and evidenceSearch (cypher/schema/003_fulltext.cypher).
CALL () {
  CALL db.index.fulltext.queryNodes('claimSearch', $text, {limit: $limit}) YIELD node, score
  RETURN node AS c, score
  UNION ALL
  // The best-scoring evidence only: a common word can match most mentions of a large corpus.
  CALL db.index.fulltext.queryNodes('evidenceSearch', $text, {limit: 20 * $limit}) YIELD node, score
  MATCH (node)-[:OF]->(c:Claim)
  RETURN c, score
}
WITH c, max(score) AS score
RETURN c.id AS claim, c.text AS text, c.firstSeen AS firstSeen, c.outlets AS outlets,
  c.asserted AS asserted, c.denied AS denied, round(score, 3) AS score
ORDER BY score DESC, outlets DESC, claim
LIMIT $limit
