// mentions: full mentions (the evidence of ASSERTED/DENIED edges) selected three ways at once,
// so every resolver shares one projection. Params: $ids (mention ids), $claimIds, $documentIds
// (pass [] for the ways not used). Rejected mentions are included, marked `reviewed: 'rejected'`.
// Each row also carries its document, speaker and publisher (the projections of documents-by-id,
// actors-by-id and sources-by-id) and the document's references, so a claim's travel or a
// document's highlights need no further round trip.
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
OPTIONAL MATCH (a)-[:PUBLISHES_AS]->(as:Source)
OPTIONAL MATCH (voice:Actor)-[:PUBLISHES_AS]->(s)
WITH m, c, d, a, s, head(collect(as.id)) AS actorSource, head(collect(voice.id)) AS sourceActor
RETURN m {
  .id, .start, .end, .evidence, .stance, .confidence, .cue, .at, .reviewed,
  claim: c.id, document: d.id, actor: a.id, source: s.id,
  via: [(m)-[v:VIA]->(p) | {id: p.id, name: p.name, kind: p.kind, type: CASE WHEN p:Actor THEN 'ACTOR' ELSE 'SOURCE' END, position: v.position}]
} AS mention,
  d {.id, .file, .title, .url, .publishedAt, .language, source: s.id} AS document,
  a {.id, .name, .kind, aliases: coalesce(a.aliases, []), source: actorSource} AS actor,
  CASE WHEN s IS NULL THEN null ELSE s {.id, .name, .kind, .country, actor: sourceActor} END AS source,
  {
    cites: [(d)-[ct:CITES]->(p) | {
      party: {id: p.id, name: p.name, kind: p.kind, type: CASE WHEN p:Actor THEN 'ACTOR' ELSE 'SOURCE' END},
      kind: ct.kind, start: ct.start, end: ct.end
    }],
    reprints: [(d)-[:REPRINTS]->(o:Document) | o.id]
  } AS references
