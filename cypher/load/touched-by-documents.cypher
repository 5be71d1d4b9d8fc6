// What the summaries of these stored documents depend on, read before the load changes or removes
// them: the claims they mention, their publishers, the publishers of documents copying them
// (a copy's summary names the copied document's publisher), and the relays their mentions name
// (a relay's RELAY_LINK summaries). $ids: document ids.
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  MATCH (d)-[:HAS_MENTION]->(:Mention)-[:OF]->(c:Claim)
  RETURN 'claim' AS kind, c.id AS key
  UNION
  MATCH (d)-[:PUBLISHED_BY]->(s:Source)
  RETURN 'source' AS kind, s.id AS key
  UNION
  MATCH (d)<-[:REPRINTS]-(:Document)-[:PUBLISHED_BY]->(s:Source)
  RETURN 'source' AS kind, s.id AS key
  UNION
  MATCH (d)-[:HAS_MENTION]->(:Mention)-[:VIA]->(p)
  RETURN 'relay' AS kind, p.id AS key
}
RETURN DISTINCT kind, key
