// mentions: full mentions (the evidence of ASSERTED/DENIED edges) selected five ways at once,
// so every resolver shares one projection. Params: $ids (mention ids), $claimIds, $documentIds,
// $travel (pages of claims' travels: [{claim, skip, limit}], documents in travel order),
// $pages (pages of claims' mentions: [{claim, skip, limit}], mentions in time order)
// (pass [] for the ways not used). Rejected mentions are included, marked `reviewed: 'rejected'`,
// except in pages. Travel pages' mentions carry `step`: their document's 1-based position in the
// claim's whole travel, so a page is only the documents it shows, however far the claim travelled.
// One row: the mentions (and the claims of the travel pages), and once each the documents, speakers and publishers they name (the
// projections of documents-by-id, actors-by-id, sources-by-id, with the documents' references),
// and the documents those copy (`copied`), so a claim's travel or a document's highlights need no
// further round trip.
CALL () {
  UNWIND $ids AS id
  MATCH (m:Mention {id: id})
  RETURN m, null AS step
  UNION
  UNWIND $claimIds AS id
  MATCH (:Claim {id: id})<-[:OF]-(m:Mention)
  RETURN m, null AS step
  UNION
  UNWIND $documentIds AS id
  MATCH (:Document {id: id})-[:HAS_MENTION]->(m:Mention)
  RETURN m, null AS step
  UNION
  // Travel and mention order are stored by the load (load/claim-order, rejected mentions have
  // none): a page is a seek on the Mention(claim, step) or Mention(claim, rank) index.
  UNWIND $travel AS t
  MATCH (m:Mention)
  WHERE m.claim = t.claim AND m.step > t.skip AND m.step <= t.skip + t.limit
  RETURN m, m.step AS step
  UNION
  UNWIND $pages AS p
  MATCH (m:Mention)
  WHERE m.claim = p.claim AND m.rank > p.skip AND m.rank <= p.skip + p.limit
  RETURN m, null AS step
}
// A mention selected both ways once, with its travel position when it has one.
WITH m, max(step) AS step
MATCH (d:Document)-[:HAS_MENTION]->(m)-[:OF]->(c:Claim)
MATCH (m)-[:BY]->(a:Actor)
OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(s:Source)
WITH
  collect(m {
    .id, .start, .end, .evidence, .stance, .confidence, .cue, .rule, .at, .reviewed, .rank,
    claim: c.id, document: d.id, actor: a.id, source: s.id, step: step,
    via: [(m)-[v:VIA]->(p) | {id: p.id, name: p.name, kind: p.kind, type: CASE WHEN p:Actor THEN 'ACTOR' ELSE 'SOURCE' END, position: v.position}]
  }) AS mentions,
  collect(DISTINCT d) AS documents, collect(DISTINCT a) AS actors, collect(DISTINCT s) AS sources
// The documents these copy, and their publishers, so that a travel's `reprintOf` needs no further round trip.
CALL (documents) {
  UNWIND documents AS d
  MATCH (d)-[:REPRINTS]->(o:Document)
  OPTIONAL MATCH (o)-[:PUBLISHED_BY]->(os:Source)
  RETURN collect(DISTINCT o) AS copied, collect(DISTINCT os) AS copiedSources
}
// The outlets the speakers speak as, so that a mention's `actor { source }` needs no further round trip either.
CALL (actors, sources) {
  UNWIND actors AS a
  MATCH (a)-[:PUBLISHES_AS]->(s:Source)
  WHERE NOT s IN sources
  RETURN collect(DISTINCT s) AS voiceSources
}
// The claims whose travel pages are asked for, as claims-by-id gives them: a claim and its first
// travel page are one round trip.
CALL () {
  UNWIND $travel AS t
  MATCH (c:Claim {id: t.claim})
  WITH DISTINCT c
  RETURN collect(c {.id, .text, .firstSeen, .outlets, .asserted, .denied, .shown, .steps}) AS claims
}
RETURN mentions, claims,
  [d IN documents | d {
    .id, .file, .title, .url, .publishedAt, .language,
    source: head([(d)-[:PUBLISHED_BY]->(s:Source) | s.id]),
    references: {
      cites: [(d)-[ct:CITES]->(p) | {
        party: {id: p.id, name: p.name, kind: p.kind, type: CASE WHEN p:Actor THEN 'ACTOR' ELSE 'SOURCE' END},
        kind: ct.kind, start: ct.start, end: ct.end
      }],
      reprints: [(d)-[:REPRINTS]->(o:Document) | o.id]
    }
  }] AS documents,
  [o IN copied | o {.id, .file, .title, .url, .publishedAt, .language, source: head([(o)-[:PUBLISHED_BY]->(s:Source) | s.id])}] AS copied,
  [a IN actors | a {.id, .name, .kind, aliases: coalesce(a.aliases, []), source: head([(a)-[:PUBLISHES_AS]->(s:Source) | s.id])}] AS actors,
  [s IN sources + copiedSources + voiceSources | s {.id, .name, .kind, .country, actor: head([(x:Actor)-[:PUBLISHES_AS]->(s) | x.id])}] AS sources
