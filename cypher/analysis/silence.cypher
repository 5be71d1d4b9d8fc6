// Question: Which outlets covered the event but never reported a given claim, nor its denial?
//
// "Covering the event" means publishing, in the same corpus and time window, a document that
// reports any claim.
//
// Parameters:
//   $claim  string, required  the claim's id (find it with the `claims` query)
//   $since  datetime = null   only documents published at or after this time (null: no bound)
//   $until  datetime = null   only documents published before this time (null: no bound)
//
// Columns:
//   outlet      the silent outlet (a Source)
//   kind        its kind
//   documents   its documents in the window that report some claim
//   claims      how many claims those documents report
//   firstDoc    its first such document's publication time
//   lastDoc     its last
//   titles      titles of up to three of those documents
//
// Example:
//   :param claim => 'clm-…'
//   :param since => null
//   :param until => null
//   npm run cypher -- silence --claim clm-… --since 2021-12-30 --until 2022-01-02
//
// Anchored on the Document.corpus index, over the corpora where the claim appears.
MATCH (c:Claim {id: $claim})
WITH c,
  COLLECT { MATCH (c)-[:REPORTED_BY]->(s:Source) RETURN DISTINCT s.id } AS reporters,
  COLLECT { MATCH (c)<-[:OF]-(:Mention)<-[:HAS_MENTION]-(d:Document) RETURN DISTINCT d.corpus } AS corpora
MATCH (d:Document)
WHERE d.corpus IN corpora
  AND ($since IS NULL OR d.publishedAt >= $since)
  AND ($until IS NULL OR d.publishedAt < $until)
MATCH (d)-[:PUBLISHED_BY]->(s:Source)
WHERE NOT s.id IN reporters AND EXISTS { (d)-[:HAS_MENTION]->(:Mention) }
WITH s, d ORDER BY d.publishedAt, d.id
WITH s, collect(d) AS docs
RETURN s.name AS outlet,
  s.kind AS kind,
  size(docs) AS documents,
  COUNT { UNWIND docs AS x MATCH (x)-[:HAS_MENTION]->(:Mention)-[:OF]->(other:Claim) RETURN DISTINCT other } AS claims,
  docs[0].publishedAt AS firstDoc,
  docs[-1].publishedAt AS lastDoc,
  [x IN docs[..3] | x.title] AS titles
ORDER BY documents DESC, outlet
