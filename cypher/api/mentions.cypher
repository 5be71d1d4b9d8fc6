// mentions: full mentions (the evidence of ASSERTED/DENIED edges) selected three ways at once,
// so every resolver shares one projection. Params: $ids (mention ids), $claimIds, $documentIds
// (pass [] for the ways not used). Rejected mentions are included, marked `reviewed: 'rejected'`.
CALL () {
  UNWIND $ids AS id
  MATCH (m:Mention {id: id})
  RETURN m
  UNION
  UNWIND $claimIds AS id
  MATCH (:Claim {id: id})<-[:OF]-(m:Mention)
  RETURN m
  UNION
  UNWIND $documentIds AS id
  MATCH (:Document {id: id})-[:HAS_MENTION]->(m:Mention)
  RETURN m
}
MATCH (d:Document)-[:HAS_MENTION]->(m)-[:OF]->(c:Claim)
MATCH (m)-[:BY]->(a:Actor)
OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(s:Source)
RETURN m {
  .id, .start, .end, .evidence, .stance, .confidence, .cue, .at, .reviewed,
  claim: c.id, document: d.id, actor: a.id, source: s.id,
  via: [(m)-[v:VIA]->(p) | {id: p.id, name: p.name, kind: p.kind, type: CASE WHEN p:Actor THEN 'ACTOR' ELSE 'SOURCE' END, position: v.position}]
} AS mention
